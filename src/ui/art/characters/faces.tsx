import type { ReactNode } from 'react';
import type { Mood } from '../../../content/artNames';
import { C } from '../palette';
import type { Look } from './Person';

/*
 * Faces for every mood, drawn in head-centred coordinates (head radius 40, eyes at y = 4). On a phone a head
 * is about 40 px wide, so each mood is told by a few bold shapes a child reads at a glance: the mouth's curve,
 * the slant of the brows, and for sad and worried one small pale-blue drop (a tear, a bead of worry). Nothing
 * is sharp or dark, so sad and worried stay gentle, and nothing depends on left or right, so a face mirrored
 * for right-to-left languages says the same thing.
 */

const line = (d: string, w = 3.5, stroke: string = C.ink): ReactNode => (
  <path d={d} fill="none" stroke={stroke} strokeWidth={w} strokeLinecap="round" strokeLinejoin="round" />
);

/** Round dot eyes with a highlight; `r` grows for surprise, `dx`/`dy` move the gaze. */
function dotEyes(r = 5, dx = 0, dy = 0): ReactNode {
  return (
    <>
      <g fill={C.ink}>
        <circle cx={-14 + dx} cy={4 + dy} r={r} />
        <circle cx={14 + dx} cy={4 + dy} r={r} />
      </g>
      <g fill={C.white}>
        <circle cx={-12.5 + dx} cy={2.5 + dy} r={r * 0.32} />
        <circle cx={15.5 + dx} cy={2.5 + dy} r={r * 0.32} />
      </g>
    </>
  );
}

/** A drop of pale blue (a tear or a bead of worry) with its point up, at (x, y). */
const drop = (x: number, y: number, s = 1): ReactNode => (
  <path
    d={`M${x} ${y - 9 * s}Q${x + 6 * s} ${y - 1 * s} ${x + 5 * s} ${y + 2 * s}A5.2 5.2 0 0 1 ${x - 5 * s} ${y + 2 * s}Q${x - 6 * s} ${y - 1 * s} ${x} ${y - 9 * s}Z`}
    fill={C.sky}
    stroke={C.blue}
    strokeWidth={1.5}
  />
);

interface FaceParts {
  eyes: ReactNode;
  /**
   * Brows for the left eye as a path around x = -14; the right one is its mirror, or the second path mirrored
   * when the two differ. Empty for none.
   */
  brow: string | readonly [string, string];
  mouth: ReactNode;
  extra?: ReactNode;
}

const SMILE = line('M-9 18q9 9 18 0');

/**
 * Brows are written for the left eye at height 0 and moved to the person's brow line: just above the eyes, or
 * above the rims for glasses.
 */
const FACES: Record<Mood, FaceParts> = {
  happy: { eyes: dotEyes(), brow: '', mouth: SMILE },
  laughing: {
    // Eyes squeezed shut in upturned arcs and a wide open smile: the happiest face, for laughing and cheering.
    eyes: line('M-20 6q6-8 12 0M8 6q6-8 12 0', 3.5),
    brow: '',
    mouth: (
      <>
        <path d="M-12 15Q0 16 12 15Q10 31 0 31Q-10 31-12 15Z" fill={C.ink} />
        <path d="M-6 26Q0 21 6 26Q0 30.5-6 26Z" fill={C.red} />
      </>
    ),
  },
  sad: {
    // Brows lifted at the middle, a clear frown, and one tear.
    eyes: dotEyes(5, 0, 2),
    brow: 'M-21 2L-8-4',
    mouth: line('M-9 26q9-9 18 0', 4),
    extra: drop(-20, 20),
  },
  worried: {
    // Wide eyes under lifted brows, a wobbly mouth and a bead of worry at the temple: scared, but gently.
    eyes: dotEyes(6),
    brow: 'M-22-1Q-15-2-8-6',
    mouth: line('M-11 24q2.75-5 5.5 0t5.5 0t5.5 0t5.5 0', 3.5),
    extra: drop(31, -8, 1.1),
  },
  surprised: {
    // High round brows, big eyes and a small round "oh".
    eyes: dotEyes(6),
    brow: 'M-21-4Q-14-10-7-4',
    mouth: <ellipse cx={0} cy={23} rx={5} ry={6.5} fill={C.ink} />,
  },
  thinking: {
    // Eyes glancing up, one brow raised and a small sideways mouth.
    eyes: dotEyes(5, 3, -2),
    brow: ['M-21-4Q-14-10-7-4', 'M-21-1H-7'],
    mouth: line('M-3 23q5-2 10 0', 4),
  },
  tired: {
    // Sleepy eyes, nearly shut, drooping at the outer corners, and a small yawn.
    eyes: line('M-20 3q6 6 12 2M8 5q6 4 12-2', 3.5),
    brow: 'M-21-2L-8-3',
    mouth: <ellipse cx={0} cy={23} rx={4} ry={5} fill={C.ink} />,
  },
};

/** The features of a face: eyes, cheeks, mouth and a mood's extra (drawn before glasses rims). */
export function Face({ mood }: { mood: Mood }) {
  const f = FACES[mood];
  return (
    <>
      {f.eyes}
      <g fill={C.cheek} opacity={0.85}>
        <ellipse cx={-25} cy={17} rx={7} ry={4.5} />
        <ellipse cx={25} cy={17} rx={7} ry={4.5} />
      </g>
      {f.mouth}
      {f.extra}
    </>
  );
}

/** The left brow of a glasses wearer's everyday face, in the same frame as the moods' brows. */
const GLASSES_BROW = 'M-24 0q10-6 20 0';

/**
 * Brows, drawn over hair and glasses. People without glasses only show brows when a mood needs them; glasses
 * wearers always have theirs, above the rims, so the frames never hide a feeling.
 */
export function Brows({ look, mood }: { look: Look; mood: Mood }) {
  const own = FACES[mood].brow;
  const [left, right] = typeof own === 'string' ? [own, own] : own;
  const fallback = look.glasses ? GLASSES_BROW : '';
  if (!left && !fallback) return null;
  // A scarf hides the hair, so its colour says nothing about the brows: they are drawn in ink.
  const colour = look.style === 'scarf' ? C.ink : look.hair;
  const y = look.glasses ? -14 : -6;
  return (
    <g transform={`translate(0 ${y})`}>
      {line(left || fallback, 4, colour)}
      <g transform="scale(-1 1)">{line(right || fallback, 4, colour)}</g>
    </g>
  );
}
