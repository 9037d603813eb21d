import type { CharacterName, Mood, PropName, SangoExpression, SceneName } from '../../content/artNames';
import { Character, characterFrame } from './characters';
import { C } from './palette';
import { Prop } from './props';
import { SangoBody } from './Sango';
import { SCENE_ART } from './scenes';

/*
 * One illustration composed from names: a scene, up to four characters, some props and optionally Sango.
 * Layout is automatic so content authors only list what is in the picture. Nothing here depends on
 * direction, because right-to-left languages mirror the whole picture with CSS.
 */

export interface PictureSpec {
  scene?: SceneName;
  characters?: readonly CharacterName[];
  /** How characters feel; anyone not listed is happy. */
  moods?: Partial<Record<CharacterName, Mood>>;
  props?: readonly PropName[];
  sango?: SangoExpression;
}

/** Where each kind of prop naturally goes. Anything else stands on the floor. */
const HELD: readonly PropName[] = [
  'tablet',
  'tablet-face-down',
  'screen-off',
  'phone',
  'book',
  'camera',
  'crayons',
];
const ABOVE: readonly PropName[] = ['speech-bubble', 'heart', 'lock'];
const HIGH: readonly PropName[] = ['moon', 'clock'];
/** Spots high on the wall or in the sky for moons and clocks. */
const HIGH_SPOTS: readonly (readonly [number, number])[] = [
  [120, 100],
  [680, 100],
  [400, 70],
  [260, 70],
];

const GROUND = 560;

interface Placed {
  name: PropName;
  x: number;
  y: number;
  s: number;
}

/** Works out positions for everything in the picture; pure so it is easy to reason about. */
function layout(spec: PictureSpec) {
  const names = (spec.characters ?? []).slice(0, 4);
  const props = spec.props ?? [];
  const left = 40;
  const right = spec.sango ? (names.length ? 600 : 540) : 760;
  const n = names.length;
  const gap = (right - left) / Math.max(n, 1);
  // Fewer people are drawn bigger; four still fit side by side next to Sango (a wheelchair is the widest).
  const s = Math.min(1.3, gap / 185);
  const chars = names.map((name, i) => ({
    name,
    x: left + gap * (i + 0.5),
    f: characterFrame(name),
    held: undefined as PropName | undefined,
    above: false,
  }));
  const placed: Placed[] = [];
  const floor: PropName[] = [];
  let high = 0;
  const putHigh = (name: PropName) => {
    const [x, y] = HIGH_SPOTS[high++ % HIGH_SPOTS.length] ?? [400, 70];
    placed.push({ name, x, y, s: 0.9 });
  };

  if (n === 0) {
    // No people: show the objects themselves, large, in a row across the middle, each on a soft round card so
    // it reads clearly over any scene instead of seeming to float in front of the furniture.
    const step = (right - left) / Math.max(props.length, 1);
    const ps = Math.min(1.5, (step * 0.72) / 100);
    props.forEach((name, i) => placed.push({ name, x: left + step * (i + 0.5), y: 340, s: ps }));
    return { chars, placed, s, right };
  }

  for (const name of props) {
    if (HELD.includes(name)) {
      const c = chars.find((ch) => !ch.held);
      if (c) c.held = name;
      else floor.push(name);
    } else if (ABOVE.includes(name)) {
      const c = chars.find((ch) => !ch.above);
      if (!c) {
        putHigh(name);
        continue;
      }
      const i = chars.indexOf(c);
      c.above = true;
      // Bubbles lean outwards (left half to the left, right half to the right) so neighbours' never collide.
      const side = n > 1 && i < n / 2 ? -1 : 1;
      placed.push({ name, x: c.x + side * 56 * s, y: GROUND + (c.f.topY - 46) * s, s: 0.95 * s });
    } else if (HIGH.includes(name)) putHigh(name);
    else floor.push(name);
  }

  // Floor spots: between neighbours first (people are evenly spaced), then just outside the outermost two.
  const spots = chars.slice(1).map((c) => c.x - gap / 2);
  const out = Math.min(gap * 0.5, 140 * s);
  spots.push(Math.max(left + 30, left + gap / 2 - out), Math.min(right - 10, right - gap / 2 + out));
  floor.forEach((name, i) => {
    const ps = 0.75 * s;
    const x = (spots[i % spots.length] ?? 400) + Math.floor(i / spots.length) * 40;
    placed.push({ name, x, y: GROUND + 18 - 46 * ps, s: ps });
  });
  return { chars, placed, s, right };
}

function PlainBackground() {
  return (
    <g>
      <rect width={800} height={600} rx={48} fill={C.cream} />
      <circle cx={130} cy={130} r={70} fill={C.wallMint} />
      <circle cx={690} cy={120} r={46} fill={C.wallLilac} />
      <ellipse cx={400} cy={566} rx={360} ry={34} fill={C.wallPeach} />
    </g>
  );
}

export function Picture(p: PictureSpec & { className?: string; label?: string }) {
  const { chars, placed, s, right } = layout(p);
  const Scene = p.scene ? SCENE_ART[p.scene] : PlainBackground;
  // Sango stands at the side, small, when there are people; alone it takes the stage.
  const alone = !chars.length && !placed.length;
  const sangoScale = chars.length ? 0.9 : alone ? 1.8 : 1.1;
  const sangoX = chars.length ? 700 : alone ? 400 : (right + 800) / 2;
  const backProps = placed.filter((q) => HIGH.includes(q.name) && chars.length > 0);
  const frontProps = placed.filter((q) => !backProps.includes(q));
  return (
    <svg
      viewBox="0 0 800 600"
      className={p.className}
      {...(p.label ? { role: 'img', 'aria-label': p.label } : { 'aria-hidden': true, focusable: false })}
    >
      <Scene />
      {backProps.map((q, i) => (
        <Prop key={i} {...q} />
      ))}
      {chars.map((c, i) => (
        <Character
          key={i}
          name={c.name}
          mood={p.moods?.[c.name]}
          x={c.x}
          y={GROUND}
          s={s}
          held={c.held && <Prop name={c.held} x={0} y={0} s={1} />}
        />
      ))}
      {chars.length === 0 &&
        placed.map((q, i) => <circle key={i} cx={q.x} cy={q.y} r={66 * q.s} fill={C.white} opacity={0.8} />)}
      {frontProps.map((q, i) => (
        <Prop key={i} {...q} />
      ))}
      {p.sango && (
        <g
          transform={`translate(${sangoX - 100 * sangoScale} ${GROUND + 12 - 228 * sangoScale}) scale(${sangoScale})`}
        >
          <SangoBody expression={p.sango} />
        </g>
      )}
    </svg>
  );
}
