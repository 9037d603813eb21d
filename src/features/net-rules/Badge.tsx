/**
 * The eight Net Rules badges: a sharp hexagon in the rule's colour with a white motif. A badge not earned yet
 * is a dashed grey outline with a grey motif, so the difference never rests on colour alone. The drawing is
 * one function, `badgeSvgGroup`, placed both in the standalone badge and inside the result card's picture.
 */
import type { ReactElement, ReactNode, SVGAttributes } from 'react';

/** One colour per rule, each ≥ 4.5:1 against the white motif (tested). */
export const BADGE_COLOURS = [
  '#7c3aed', // 0 rights: violet
  '#db2777', // 1 respect: pink
  '#2563eb', // 2 screen time: blue
  '#15803d', // 3 meeting up: green
  '#dc2626', // 4 say no: red
  '#c2410c', // 5 harmful content: orange
  '#0f766e', // 6 privacy: teal
  '#a16207', // 7 check before you trust: gold
] as const;

/** Grey for a badge not earned yet: ≥ 3:1 on the light pages and on the dark card. */
export const BADGE_LOCKED = '#64748b';
const WHITE = '#ffffff';
export const BADGE_COUNT = BADGE_COLOURS.length;

/** The badge's drawing box: every badge is drawn into 0 0 100 100. */
export const BADGE_BOX = 100;

// A pointy-topped hexagon around the centre: outer edge and the inner rim.
const hexagon = (r: number): string =>
  [-90, -30, 30, 90, 150, 210]
    .map((deg) => {
      const a = (deg * Math.PI) / 180;
      return `${(50 + r * Math.cos(a)).toFixed(2)},${(50 + r * Math.sin(a)).toFixed(2)}`;
    })
    .join(' ');
const OUTER = hexagon(46);
const RIM = hexagon(39);
// The upper "roof" facet, a little lighter, for a cut-gem look.
const FACET = `50,4 ${hexagon(46).split(' ')[1]} 50,50 ${hexagon(46).split(' ')[5]}`;

interface Ink {
  /** The motif's colour. */
  fg: string;
  /** The badge colour, used to cut a gap between overlapping parts; null when the badge has no fill. */
  gap: string | null;
}

const line = (fg: string, width: number): SVGAttributes<SVGElement> => ({
  fill: 'none',
  stroke: fg,
  strokeWidth: width,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
});
// Holes (a keyhole, a pupil, the dots in a speech bubble) are even-odd cut-outs, so they work on any
// background, earned or not.
const solid = (fg: string): SVGAttributes<SVGElement> => ({ fill: fg, fillRule: 'evenodd' });

/** A round hole for an even-odd path. */
const dot = (cx: number, cy: number, r = 2.6): string =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;

const pan = (x: number, fg: string): ReactNode => (
  <>
    <path d={`M${x - 7} 55L${x} 38L${x + 7} 55`} {...line(fg, 2.5)} />
    <path d={`M${x - 10} 55h20a10 10 0 0 1-20 0z`} {...solid(fg)} />
  </>
);

/** The white motifs, one per rule, drawn into the middle of the 100 × 100 box. */
const MOTIFS: readonly ((ink: Ink) => ReactNode)[] = [
  // 0 You have rights: a balanced scale.
  ({ fg }) => (
    <>
      <path d="M50 31V70M38 71H62M27 37H73" {...line(fg, 5)} />
      <circle cx={50} cy={29} r={4.5} fill={fg} />
      {pan(27, fg)}
      {pan(73, fg)}
    </>
  ),
  // 1 Respect: two speech bubbles in a conversation.
  ({ fg, gap }) => {
    const front =
      'M48 43H72A6 6 0 0 1 78 49V62A6 6 0 0 1 72 68H70V76L61 68H48A6 6 0 0 1 42 62V49A6 6 0 0 1 48 43Z';
    return (
      <>
        <path
          d="M30 26H54A6 6 0 0 1 60 32V45A6 6 0 0 1 54 51H37L29 58V51H30A6 6 0 0 1 24 45V32A6 6 0 0 1 30 26Z"
          {...line(fg, 4)}
        />
        {gap ? <path d={front} fill="none" stroke={gap} strokeWidth={7} strokeLinejoin="round" /> : null}
        <path d={front + dot(52, 55.5) + dot(60, 55.5) + dot(68, 55.5)} {...solid(fg)} />
      </>
    );
  },
  // 2 Screen time: an hourglass running out.
  ({ fg }) => (
    <>
      <path d="M33 27H67M33 73H67" {...line(fg, 5)} />
      <path
        d="M38 28C38 42 47 45 47 50C47 55 38 58 38 72M62 28C62 42 53 45 53 50C53 55 62 58 62 72"
        {...line(fg, 4)}
      />
      <path d="M42.5 37H57.5C56.5 42 51.5 44 50 47C48.5 44 43.5 42 42.5 37Z" {...solid(fg)} />
      <path d="M50 49V62" {...line(fg, 2)} />
      <path d="M41 71C42 64 48 63 50 61C52 63 58 64 59 71Z" {...solid(fg)} />
    </>
  ),
  // 3 Meeting up: a map pin with a tick.
  ({ fg }) => (
    <>
      <path
        d={`M50 78C44 70 29 57 29 43A21 21 0 0 1 71 43C71 57 56 70 50 78Z${dot(50, 43, 12)}`}
        {...solid(fg)}
      />
      <path d="M44.5 43.5L48.5 47.5L55.5 39.5" {...line(fg, 3.5)} />
    </>
  ),
  // 4 Saying no: a raised open hand.
  ({ fg }) => (
    <>
      <path d="M37.25 50V33M45.75 50V27.5M54.25 50V29.5M62.75 52V35.5M36 63L28 51" {...line(fg, 7)} />
      <path d="M33.5 49H66.5V62C66.5 70 60 76 52 76H47C39 76 33.5 70 33.5 62Z" {...solid(fg)} />
    </>
  ),
  // 5 Harmful content: an eye, struck through.
  ({ fg, gap }) => (
    <>
      <path d={`M21 50Q50 18 79 50Q50 82 21 50Z${dot(50, 50, 10.5)}`} {...solid(fg)} />
      <circle cx={50} cy={50} r={4.5} fill={fg} />
      {gap ? <path d="M29 29L71 71" {...line(gap, 12)} /> : null}
      <path d="M29 29L71 71" {...line(fg, 5)} />
    </>
  ),
  // 6 Privacy: a padlock.
  ({ fg }) => (
    <>
      <path d="M39 47V39A11 11 0 0 1 61 39V47" {...line(fg, 5.5)} />
      <path
        d="M37 46H63A5 5 0 0 1 68 51V70A5 5 0 0 1 63 75H37A5 5 0 0 1 32 70V51A5 5 0 0 1 37 46ZM47.6 61L46.5 68H53.5L52.4 61A4.4 4.4 0 1 0 47.6 61Z"
        {...solid(fg)}
      />
    </>
  ),
  // 7 Check before you trust: a magnifying glass with a tick.
  ({ fg }) => (
    <>
      <circle cx={45} cy={45} r={15} {...line(fg, 5.5)} />
      <path d="M56.5 56.5L71 71" {...line(fg, 8)} />
      <path d="M38 45.5L42.5 50L51.5 40.5" {...line(fg, 4)} />
    </>
  ),
];

/** Rule numbers outside 0–7 wrap round rather than failing. */
const slot = (index: number): number => ((Math.trunc(index) % BADGE_COUNT) + BADGE_COUNT) % BADGE_COUNT;

/**
 * Badge `index` drawn into a 0 0 100 100 box, as an SVG group to place in any picture (scale and translate
 * it with a wrapping `<g transform>`).
 */
export function badgeSvgGroup(index: number, earned: boolean): ReactElement {
  const i = slot(index);
  const colour = BADGE_COLOURS[i] ?? BADGE_LOCKED;
  const motif = MOTIFS[i] ?? MOTIFS[0];
  if (!earned) {
    return (
      <g data-badge={i} data-earned="false">
        <polygon
          points={OUTER}
          fill="none"
          stroke={BADGE_LOCKED}
          strokeWidth={3.5}
          strokeDasharray="7 5"
          strokeLinejoin="round"
        />
        <g opacity={0.9}>{motif?.({ fg: BADGE_LOCKED, gap: null })}</g>
      </g>
    );
  }
  return (
    <g data-badge={i} data-earned="true">
      <polygon points={OUTER} fill={colour} stroke={colour} strokeWidth={2} strokeLinejoin="round" />
      <polygon points={FACET} fill={WHITE} opacity={0.12} />
      <polygon points={RIM} fill="none" stroke={WHITE} strokeOpacity={0.4} strokeWidth={1.5} />
      {motif?.({ fg: WHITE, gap: colour })}
    </g>
  );
}

export function Badge(props: { index: number; earned: boolean; label: string; size?: number }) {
  const { index, earned, label, size = 96 } = props;
  return (
    <svg
      className="net-badge"
      viewBox={`0 0 ${BADGE_BOX} ${BADGE_BOX}`}
      width={size}
      height={size}
      role="img"
      aria-label={label}
      data-earned={earned}
    >
      {badgeSvgGroup(index, earned)}
    </svg>
  );
}
