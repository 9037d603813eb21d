import type { ReactNode } from 'react';
import type { Mood } from '../../../content/artNames';
import { C } from '../palette';
import { Brows, Face } from './faces';

/*
 * One generic person, drawn facing us, feet on the ground at (0, 0) and centred on x = 0.
 * Every character is just a Look (skin, hair, clothes, a few extras), so they all share one art style:
 * round heads, dot eyes, rosy cheeks, a small smile. The face changes with the mood (faces.tsx).
 */

export type HairStyle = 'puffs' | 'bob' | 'crop' | 'tousled' | 'wavy' | 'swoop' | 'scarf' | 'balding';

export interface Look {
  readonly skin: string;
  readonly hair: string;
  readonly style: HairStyle;
  readonly top: string;
  /** Trousers, or the skirt when `dress` is set. */
  readonly bottom: string;
  readonly shoes: string;
  readonly dress?: boolean;
  readonly adult?: boolean;
  /** Sits in a wheelchair. */
  readonly seated?: boolean;
  readonly hearingAid?: boolean;
  readonly glasses?: boolean;
  /** A short beard along the jaw, in the hair colour. */
  readonly beard?: boolean;
}

/** Where things are on a person, so pictures can put a held object in their hands or a bubble above them. */
export function bodyFrame(look: Look) {
  const hipY = look.seated ? -92 : look.adult ? -124 : -88;
  const shoulderY = hipY - (look.adult ? 104 : 78);
  const hc = shoulderY - 36;
  return {
    hipY,
    shoulderY,
    /** Head centre. */
    hc,
    /** Where a held object's centre goes. */
    holdY: shoulderY + 46,
    topY: hc - 52,
    halfWidth: look.seated ? 104 : 50,
  };
}

const fill = (d: string, f: string): ReactNode => <path d={d} fill={f} />;
const CAP = 'M-43 2C-43-57 43-57 43 2';

/** Curly puff made of overlapping circles, so its edge looks soft and bouncy. */
function puff(x: number, y: number, f: string): ReactNode {
  return (
    <g fill={f}>
      <circle cx={x} cy={y} r={19} />
      {[0, 1, 2, 3, 4, 5, 6, 7].map((k) => (
        <circle key={k} cx={x + 17 * Math.cos(k * 0.785)} cy={y + 17 * Math.sin(k * 0.785)} r={8} />
      ))}
    </g>
  );
}

/** Hair drawn behind the head (long hair, puffs, scarf drape), in head-centred coordinates. */
function backHair(l: Look): ReactNode {
  const h = l.hair;
  switch (l.style) {
    case 'puffs':
      return (
        <>
          {puff(-38, -34, h)}
          {puff(38, -34, h)}
        </>
      );
    case 'bob':
      return fill('M-47 0C-47-64 47-64 47 0V34Q47 44 37 44H-37Q-47 44-47 34Z', h);
    case 'wavy':
      return fill(
        'M-47 0C-47-66 47-66 47 0V64q-8 9-16 0q-8 9-15 0q-8 9-16 0q-8 9-16 0q-8 9-15 0q-8 9-16 0Z',
        h,
      );
    case 'scarf':
      return fill('M-50 2C-52-72 52-72 50 2L58 74Q0 90-58 74Z', h);
    default:
      return null;
  }
}

/** Hair drawn over the top of the head, in head-centred coordinates. */
function frontHair(l: Look): ReactNode {
  const h = l.hair;
  switch (l.style) {
    case 'puffs':
      return (
        <>
          {fill(CAP + 'C38-14 24-22 0-23C-24-22-38-14-43 2Z', h)}
          <circle cx={-30} cy={-30} r={6} fill={C.pink} />
          <circle cx={30} cy={-30} r={6} fill={C.pink} />
        </>
      );
    case 'crop':
      return fill(CAP + 'C38-14 24-22 0-23C-24-22-38-14-43 2Z', h);
    case 'tousled':
      return (
        <>
          {fill(CAP + 'C38-14 26-20 14-16L6-24-4-15-14-22-22-14C-32-12-40-6-43 2Z', h)}
          {fill('M-4-40q2-16 18-16q-6 6-4 14z', h)}
        </>
      );
    case 'swoop':
      return fill(CAP + 'C40-14 30-18 18-18C0-18-22-10-43 2Z', h);
    case 'bob':
      return fill('M-44 30C-46-74 46-74 44 30H35V-12Q0-6-35-12V30Z', h);
    case 'wavy':
      return fill('M-45 30C-50-72 50-72 45 30Q40-4 24-14Q8-20 0-30Q-8-20-24-14Q-40-4-45 30Z', h);
    case 'balding':
      return (
        <g fill={h}>
          <ellipse cx={-37} cy={-12} rx={10} ry={14} />
          <ellipse cx={37} cy={-12} rx={10} ry={14} />
          <path d="M-12-38q12-10 24 0q-12-4-24 0z" />
        </g>
      );
    default:
      return null;
  }
}

function Head({ look, mood }: { look: Look; mood: Mood }) {
  const scarf = look.style === 'scarf';
  const earsShow = !scarf && look.style !== 'bob' && look.style !== 'wavy';
  return (
    <>
      {backHair(look)}
      {earsShow && (
        <g fill={look.skin}>
          <circle cx={-39} cy={4} r={8} />
          <circle cx={39} cy={4} r={8} />
        </g>
      )}
      {scarf ? (
        <ellipse cx={0} cy={5} rx={32} ry={36} fill={look.skin} />
      ) : (
        <circle r={40} fill={look.skin} />
      )}
      {scarf && (
        <path d="M-34 0C-34-44 34-44 34 0" fill="none" stroke={C.ink} strokeOpacity={0.12} strokeWidth={4} />
      )}
      {frontHair(look)}
      {look.beard && fill('M-39 2Q-38 48 0 48Q38 48 39 2L31 8Q28 32 0 33Q-28 32-31 8Z', look.hair)}
      <Face mood={mood} />
      {look.glasses && (
        <g fill="none" stroke={C.ink} strokeWidth={3}>
          <circle cx={-14} cy={4} r={11} />
          <circle cx={14} cy={4} r={11} />
          <path d="M-3 3h6M-25 2l-14-4M25 2l14-4" />
        </g>
      )}
      <Brows look={look} mood={mood} />
      {look.hearingAid && (
        // A bright behind-the-ear hearing aid with its little tube into the ear.
        <g fill="none" stroke={C.blue} strokeLinecap="round">
          <path d="M43-10Q56-6 50 12" strokeWidth={8} />
          <path d="M50 12Q46 16 40 8" strokeWidth={3} />
        </g>
      )}
    </>
  );
}

/** The wheelchair parts that sit behind the child: wheels, backrest, seat. */
function ChairBack() {
  return (
    <>
      {[-56, 56].map((x) => (
        <g key={x} transform={`translate(${x} -54)`} fill="none">
          <circle r={46} stroke={C.greyDark} strokeWidth={10} />
          <circle r={36} stroke={C.grey} strokeWidth={3} />
          <path d="M-36 0H36M0-36V36M-25-25L25 25M25-25L-25 25" stroke={C.grey} strokeWidth={2.5} />
          <circle r={7} fill={C.grey} />
        </g>
      ))}
      <path d="M-40-186V-90M40-186V-90" stroke={C.greyDark} strokeWidth={6} strokeLinecap="round" />
      <rect x={-36} y={-176} width={72} height={86} rx={8} fill={C.navy} />
      <rect x={-46} y={-98} width={92} height={14} rx={6} fill={C.navy} />
      <path d="M-26-86V-12M26-86V-12" stroke={C.greyDark} strokeWidth={5} />
      <g fill={C.ink}>
        <circle cx={-36} cy={-8} r={8} />
        <circle cx={36} cy={-8} r={8} />
      </g>
      <rect x={-34} y={-16} width={68} height={9} rx={4} fill={C.greyDark} />
    </>
  );
}

export function Person({ look, held, mood = 'happy' }: { look: Look; held?: ReactNode; mood?: Mood }) {
  const f = bodyFrame(look);
  const { hipY, shoulderY: sy } = f;
  const w = look.adult ? 68 : 60;
  const hs = w / 2 - 2;
  const legW = look.adult ? 19 : 16;
  // Arms either hang down or bend in to hold something in front of the chest.
  const hand = held
    ? { x: 24, y: sy + 52, cx: hs + 18, cy: sy + 48 }
    : { x: look.seated ? 44 : hs + 12, y: hipY + 2, cx: hs + 16, cy: sy + 40 };
  const arm = (s: number) => `M${s * hs} ${sy + 14}Q${s * hand.cx} ${hand.cy} ${s * hand.x} ${hand.y}`;
  const skirtEnd = look.adult ? -14 : hipY + 40;
  return (
    <g>
      <ellipse cx={0} cy={-2} rx={look.seated ? 112 : 52} ry={9} fill={C.shadow} />
      {look.seated && <ChairBack />}
      {look.seated ? (
        <g fill={look.bottom}>
          <rect x={-21} y={-86} width={17} height={68} rx={6} />
          <rect x={4} y={-86} width={17} height={68} rx={6} />
        </g>
      ) : (
        <g fill={look.dress ? look.skin : look.bottom}>
          <rect x={-3 - legW} y={hipY - 8} width={legW} height={-hipY} rx={6} />
          <rect x={3} y={hipY - 8} width={legW} height={-hipY} rx={6} />
          {!look.dress && <rect x={-hs} y={hipY - 14} width={hs * 2} height={22} rx={8} />}
        </g>
      )}
      <g fill={look.shoes}>
        <ellipse cx={-13} cy={look.seated ? -19 : -7} rx={13} ry={7} />
        <ellipse cx={13} cy={look.seated ? -19 : -7} rx={13} ry={7} />
      </g>
      <rect x={-w / 2} y={sy} width={w} height={hipY - sy + 4} rx={20} fill={look.top} />
      {look.seated && (
        // The lap, drawn over the tummy, is what makes the child read as sitting down.
        <g fill={look.bottom}>
          <rect x={-30} y={-104} width={29} height={30} rx={13} />
          <rect x={1} y={-104} width={29} height={30} rx={13} />
        </g>
      )}
      {look.dress &&
        fill(
          `M${-hs} ${hipY - 16}H${hs}L${hs + 16} ${skirtEnd}Q0 ${skirtEnd + 8} ${-hs - 16} ${skirtEnd}Z`,
          look.bottom,
        )}
      <path d={arm(-1) + arm(1)} fill="none" stroke={look.top} strokeWidth={15} strokeLinecap="round" />
      <g transform={`translate(0 ${f.hc})`}>
        <Head look={look} mood={mood} />
      </g>
      {held && <g transform={`translate(0 ${f.holdY}) scale(0.62)`}>{held}</g>}
      <g fill={look.skin}>
        <circle cx={-hand.x} cy={hand.y} r={9} />
        <circle cx={hand.x} cy={hand.y} r={9} />
      </g>
    </g>
  );
}
