import type { ReactNode } from 'react';
import type { SangoExpression } from '../../content/artNames';
import { C } from './palette';

/*
 * Sango, the mascot: a small smiling smartphone. One body is shared by every expression; only the face and the
 * arms change. Kept deliberately compact because it ships on the home page's first load.
 * Everything is (near) mirror-symmetric so the picture still reads when flipped for right-to-left languages.
 */

const ink = (d: string, w = 5): ReactNode => (
  <path d={d} fill="none" stroke={C.ink} strokeWidth={w} strokeLinecap="round" strokeLinejoin="round" />
);
const eyes = (y: number, r = 6): ReactNode => (
  <>
    <circle cx={84} cy={y} r={r} fill={C.ink} />
    <circle cx={116} cy={y} r={r} fill={C.ink} />
    <circle cx={86} cy={y - 2} r={r / 3} fill={C.white} />
    <circle cx={118} cy={y - 2} r={r / 3} fill={C.white} />
  </>
);
// Closed, upturned eyes read as pure joy for waving and cheering.
const joyEyes = ink('M77 100q7-9 14 0M109 100q7-9 14 0');
const sparkle = (x: number, y: number, s: number): ReactNode => (
  <path
    d={`M${x} ${y - s}Q${x} ${y} ${x + s} ${y}Q${x} ${y} ${x} ${y + s}Q${x} ${y} ${x - s} ${y}Q${x} ${y} ${x} ${y - s}Z`}
    fill={C.yellow}
  />
);

// Arm paths start at the body's side; the hand sits where the path ends.
const DOWN_L = 'M50 112Q30 128 32 150';
const DOWN_R = 'M150 112Q170 128 168 150';

const LOOKS: Record<SangoExpression, { arms: readonly string[]; face: ReactNode }> = {
  happy: {
    arms: [DOWN_L, DOWN_R],
    face: (
      <>
        {eyes(98)}
        {ink('M86 118q14 14 28 0')}
      </>
    ),
  },
  thinking: {
    arms: [DOWN_L, 'M150 116Q160 152 114 142'],
    face: (
      <>
        {eyes(92, 5.5)}
        {ink('M108 80q8-5 16 0', 4)}
        {ink('M92 124q8-3 16 1', 4.5)}
        {/* Little thought dots rather than a thought bubble with words in it. */}
        <g fill={C.tealLight}>
          <circle cx={162} cy={30} r={5} />
          <circle cx={175} cy={16} r={7.5} />
        </g>
      </>
    ),
  },
  surprised: {
    arms: ['M50 110Q30 110 22 92', 'M150 110Q170 110 178 92'],
    face: (
      <>
        {eyes(98, 7.5)}
        {ink('M75 82q9-8 18 0M107 82q9-8 18 0', 4)}
        <ellipse cx={100} cy={127} rx={7} ry={9} fill={C.ink} />
      </>
    ),
  },
  waving: {
    arms: [DOWN_L, 'M150 106Q172 92 166 60'],
    face: (
      <>
        {joyEyes}
        <path d="M85 116q15 18 30 0z" fill={C.ink} />
        {ink('M179 48q7 8 3 18M186 36q11 14 4 32', 3.5)}
      </>
    ),
  },
  cheering: {
    arms: ['M50 102Q32 80 38 48', 'M150 102Q168 80 162 48'],
    face: (
      <>
        {joyEyes}
        <path d="M82 114q18 24 36 0z" fill={C.ink} />
        <path d="M91 122Q100 116 109 122Q100 128 91 122Z" fill={C.red} />
        {sparkle(16, 70, 10)}
        {sparkle(184, 70, 10)}
        {sparkle(100, 10, 8)}
      </>
    ),
  },
  concerned: {
    arms: ['M50 116Q40 160 86 164', 'M150 116Q160 160 114 164'],
    face: (
      <>
        {eyes(100, 5.5)}
        {ink('M76 88l14-6M110 82l14 6', 4)}
        {ink('M90 128q10-8 20 0', 4.5)}
      </>
    ),
  },
};

/** Sango drawn into the 0 0 200 240 box, for composing inside other pictures. */
export function SangoBody({ expression }: { expression: SangoExpression }) {
  const look = LOOKS[expression];
  return (
    <g>
      <ellipse cx={100} cy={228} rx={46} ry={6} fill={C.shadow} />
      <g fill={C.tealDark}>
        <rect x={76} y={190} width={14} height={26} rx={6} />
        <rect x={110} y={190} width={14} height={26} rx={6} />
        <ellipse cx={79} cy={219} rx={14} ry={8} />
        <ellipse cx={121} cy={219} rx={14} ry={8} />
      </g>
      <rect x={48} y={26} width={104} height={172} rx={26} fill={C.teal} />
      <rect x={60} y={46} width={80} height={124} rx={14} fill={C.screen} />
      <rect x={88} y={34} width={24} height={5} rx={2.5} fill={C.tealDark} />
      <circle cx={100} cy={184} r={6} fill={C.tealDark} />
      <ellipse cx={72} cy={116} rx={7} ry={4.5} fill={C.cheek} />
      <ellipse cx={128} cy={116} rx={7} ry={4.5} fill={C.cheek} />
      {look.face}
      {look.arms.map((d) => {
        const [hx, hy] = d.split(/[ QM]/).slice(-2).map(Number);
        return (
          <g key={d} fill={C.tealDark}>
            <path d={d} fill="none" stroke={C.tealDark} strokeWidth={10} strokeLinecap="round" />
            <circle cx={hx} cy={hy} r={9} />
          </g>
        );
      })}
    </g>
  );
}

export function Sango(props: {
  expression: SangoExpression;
  size?: number | string;
  className?: string;
  title?: string;
}) {
  const { expression, size = 200, className, title } = props;
  return (
    <svg
      viewBox="0 0 200 240"
      width={size}
      height={typeof size === 'number' ? size * 1.2 : undefined}
      className={className}
      {...(title ? { role: 'img' } : { 'aria-hidden': true, focusable: false })}
    >
      {title ? <title>{title}</title> : null}
      <SangoBody expression={expression} />
    </svg>
  );
}
