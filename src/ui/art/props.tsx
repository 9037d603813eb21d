import type { ReactNode } from 'react';
import type { PropName } from '../../content/artNames';
import { C } from './palette';

/*
 * Objects that stories can place in a picture. Each is drawn centred on (0, 0) inside a 100 x 100 box, so
 * pictures can hold them, stand them on the floor or float them by translating and scaling only.
 * Screens show little pictures, never words; the clock has no numbers, so mirroring for right-to-left is harmless.
 */

const crayon = (x: number, top: number, c: string): ReactNode => (
  <g key={x} fill={c}>
    <path d={`M${x - 7} 8V${top}L${x} ${top - 14}L${x + 7} ${top}V8Z`} />
    <rect x={x - 7} y={top + 8} width={14} height={6} fill={C.white} opacity={0.7} />
  </g>
);

export const PROP_ART: Record<PropName, ReactNode> = {
  tablet: (
    <g>
      <rect x={-48} y={-34} width={96} height={68} rx={10} fill={C.navy} />
      <rect x={-40} y={-27} width={80} height={54} rx={4} fill={C.sky} />
      <circle cx={20} cy={-10} r={8} fill={C.yellow} />
      <path d="M-40 27Q-18-4 6 27ZM-8 27Q16 0 40 18V27Z" fill={C.green} />
    </g>
  ),
  phone: (
    <g>
      <rect x={-26} y={-46} width={52} height={92} rx={10} fill={C.ink} />
      <rect x={-20} y={-37} width={40} height={72} rx={4} fill={C.sky} />
      <rect x={-14} y={-28} width={20} height={11} rx={5.5} fill={C.white} />
      <rect x={-6} y={-11} width={20} height={11} rx={5.5} fill={C.tealLight} />
      <rect x={-14} y={6} width={16} height={11} rx={5.5} fill={C.white} />
      <circle cx={0} cy={40} r={3} fill={C.greyDark} />
    </g>
  ),
  ball: (
    <g>
      <circle r={40} fill={C.yellow} />
      <path d="M0-40C-24-20-24 20 0 40A40 40 0 0 1 0-40Z" fill={C.red} />
      <path d="M0-40C24-20 24 20 0 40A40 40 0 0 0 0-40Z" fill={C.blue} />
      <ellipse cx={-14} cy={-22} rx={8} ry={5} fill={C.white} opacity={0.6} />
    </g>
  ),
  book: (
    <g>
      <path d="M-50-26V38Q-24 30 0 40Q24 30 50 38V-26Z" fill={C.red} />
      <path d="M0-26Q-22-38-44-30V30Q-22 22 0 32ZM0-26Q22-38 44-30V30Q22 22 0 32Z" fill={C.cream} />
      <path d="M0-26V32" stroke={C.wallSand} strokeWidth={3} />
      <circle cx={-22} cy={-6} r={8} fill={C.yellow} />
      <path d="M12 12L22-12 32 12Z" fill={C.green} />
    </g>
  ),
  blocks: (
    <g>
      <rect x={-46} y={4} width={42} height={42} rx={6} fill={C.red} />
      <rect x={4} y={4} width={42} height={42} rx={6} fill={C.blue} />
      <rect x={-21} y={-40} width={42} height={42} rx={6} fill={C.yellow} />
      <g fill={C.white} opacity={0.75}>
        <circle cx={-25} cy={25} r={9} />
        <path d="M25 15L35 34H15Z" />
        <rect x={-8} y={-27} width={16} height={16} rx={2} fill={C.orange} />
      </g>
    </g>
  ),
  clock: (
    <g>
      <path d="M-40-22A16 16 0 0 1-18-42ZM40-22A16 16 0 0 0 18-42Z" fill={C.orange} />
      <path d="M-26 34L-34 46M26 34L34 46" stroke={C.orange} strokeWidth={6} strokeLinecap="round" />
      <circle cy={2} r={38} fill={C.white} stroke={C.orange} strokeWidth={7} />
      {[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => (
        <circle
          key={k}
          cx={28 * Math.sin(k * 0.5236)}
          cy={2 - 28 * Math.cos(k * 0.5236)}
          r={k % 3 ? 1.8 : 3}
          fill={C.greyDark}
        />
      ))}
      <path d="M0 2V-20M0 2L14 10" stroke={C.ink} strokeWidth={4} strokeLinecap="round" />
      <circle cy={2} r={4} fill={C.red} />
    </g>
  ),
  moon: (
    // On its own little night-sky disc, so the moon reads on any wall or sky.
    <g>
      <circle r={48} fill={C.night} />
      <path d="M8-35A36 36 0 1 0 8 35A40.6 40.6 0 0 1 8-35Z" fill={C.yellow} />
      <g fill={C.white}>
        <circle cx={26} cy={-18} r={3} />
        <circle cx={30} cy={16} r={2} />
        <circle cx={14} cy={-34} r={2} />
      </g>
    </g>
  ),
  heart: (
    <g>
      <path d="M0 40C-66 0-44-52 0-22C44-52 66 0 0 40Z" fill={C.red} />
      <ellipse cx={-22} cy={-14} rx={8} ry={5} fill={C.white} opacity={0.5} transform="rotate(-30 -22 -14)" />
    </g>
  ),
  'speech-bubble': (
    <path
      d="M-24-40H24A24 24 0 0 1 48-16V0A24 24 0 0 1 24 24H12L0 42-12 24H-24A24 24 0 0 1-48 0V-16A24 24 0 0 1-24-40Z"
      fill={C.white}
      stroke={C.ink}
      strokeOpacity={0.25}
      strokeWidth={4}
      strokeLinejoin="round"
    />
  ),
  lock: (
    <g>
      <path d="M-22-4V-20A22 22 0 0 1 22-20V-4" fill="none" stroke={C.greyDark} strokeWidth={10} />
      <rect x={-36} y={-8} width={72} height={54} rx={12} fill={C.yellow} />
      <circle cy={12} r={8} fill={C.ink} />
      <rect x={-3.5} y={12} width={7} height={18} rx={3} fill={C.ink} />
    </g>
  ),
  camera: (
    <g>
      <rect x={-22} y={-38} width={28} height={16} rx={5} fill={C.greyDark} />
      <rect x={-48} y={-28} width={96} height={64} rx={12} fill={C.navy} />
      <circle cy={4} r={25} fill={C.grey} />
      <circle cy={4} r={17} fill={C.ink} />
      <circle cx={-6} cy={-2} r={6} fill={C.sky} />
      <rect x={26} y={-20} width={14} height={9} rx={3} fill={C.yellow} />
    </g>
  ),
  'tablet-face-down': (
    // The back of the tablet: no screen to see, only the camera and a soft highlight.
    <g>
      <rect x={-48} y={-34} width={96} height={68} rx={10} fill={C.greyDark} />
      <rect x={-42} y={-28} width={84} height={56} rx={7} fill={C.grey} />
      <circle cx={-30} cy={-16} r={6} fill={C.ink} />
      <circle cx={-30} cy={-16} r={2.5} fill={C.navy} />
      <path
        d="M8 20Q24 8 34-10"
        fill="none"
        stroke={C.white}
        strokeWidth={4}
        strokeLinecap="round"
        opacity={0.6}
      />
    </g>
  ),
  'screen-off': (
    <g>
      <rect x={-48} y={-34} width={96} height={68} rx={10} fill={C.navy} />
      <rect x={-40} y={-27} width={80} height={54} rx={4} fill={C.ink} />
      <g fill="none" stroke={C.white} strokeWidth={5} strokeLinecap="round">
        <path d="M-9-8A14 14 0 1 0 9-8" />
        <path d="M0-16V0" />
      </g>
    </g>
  ),
  crayons: (
    <g>
      {crayon(-18, -22, C.red)}
      {crayon(0, -32, C.blue)}
      {crayon(18, -18, C.green)}
      <rect x={-32} y={0} width={64} height={46} rx={8} fill={C.orange} />
      <rect x={-32} y={14} width={64} height={8} fill={C.yellow} />
    </g>
  ),
};

/** A prop centred at (x, y), scaled by s. */
export function Prop(p: { name: PropName; x: number; y: number; s: number }) {
  return <g transform={`translate(${p.x} ${p.y}) scale(${p.s})`}>{PROP_ART[p.name]}</g>;
}
