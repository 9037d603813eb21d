import type { ReactNode } from 'react';
import { C } from '../palette';

/*
 * Building blocks shared by the indoor scenes. Scenes draw into 0 0 800 600: the wall ends at y = 450 and the
 * floor below it is where characters stand (their feet are at about y = 560). Things that make a room
 * recognisable sit high or at the left, because Sango often stands at the right.
 */

export const FLOOR_Y = 450;

export function Room({ wall, floor }: { wall: string; floor: string }) {
  return (
    <>
      <rect width={800} height={600} fill={wall} />
      <rect y={FLOOR_Y} width={800} height={150} fill={floor} />
      <path d="M0 500H800M0 550H800" stroke={C.ink} strokeOpacity={0.06} strokeWidth={3} />
      <rect y={FLOOR_Y - 10} width={800} height={12} fill={C.white} opacity={0.55} />
    </>
  );
}

/** A window; at night it shows a crescent moon and stars, in the day a cloud. */
export function Window(p: { x: number; y: number; w: number; h: number; night?: boolean }) {
  const { x, y, w, h } = p;
  return (
    <g>
      <rect x={x - 8} y={y - 8} width={w + 16} height={h + 16} rx={14} fill={C.white} />
      <rect x={x} y={y} width={w} height={h} rx={8} fill={p.night ? C.night : C.sky} />
      {p.night ? (
        <g fill={C.yellow}>
          <path d={`M${x + w * 0.7} ${y + 22}a26 26 0 1 0 0 52a34 34 0 0 1 0-52Z`} />
          <circle cx={x + w * 0.25} cy={y + h * 0.3} r={3} />
          <circle cx={x + w * 0.4} cy={y + h * 0.72} r={2.5} />
          <circle cx={x + w * 0.82} cy={y + h * 0.78} r={2} />
        </g>
      ) : (
        <g fill={C.white}>
          <circle cx={x + w * 0.3} cy={y + h * 0.35} r={16} />
          <circle cx={x + w * 0.3 + 20} cy={y + h * 0.35 - 6} r={20} />
          <circle cx={x + w * 0.3 + 42} cy={y + h * 0.35} r={14} />
        </g>
      )}
      <path d={`M${x + w / 2} ${y}V${y + h}M${x} ${y + h / 2}H${x + w}`} stroke={C.white} strokeWidth={8} />
      <rect x={x - 18} y={y + h + 4} width={w + 36} height={12} rx={6} fill={C.white} />
    </g>
  );
}

/** Two soft curtains tied back at the sides of a window. */
export function Curtains(p: { x: number; y: number; w: number; h: number; color: string }) {
  const { x, y, w, h } = p;
  const side = (x0: number, dir: number): string =>
    `M${x0} ${y - 16}h${dir * 46}q${-dir * 10} ${h * 0.45} ${-dir * 30} ${h * 0.6}q${dir * 20} ${h * 0.2} ${dir * 14} ${h * 0.45}h${-dir * 30}Z`;
  return (
    <g fill={p.color}>
      <rect x={x - 40} y={y - 26} width={w + 80} height={10} rx={5} fill={C.woodDark} />
      <path d={side(x - 34, 1) + side(x + w + 34, -1)} />
    </g>
  );
}

export function Plant({ x, y, s = 1 }: { x: number; y: number; s?: number }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`}>
      <g fill={C.greenDark}>
        <ellipse cx={-16} cy={-52} rx={12} ry={26} transform="rotate(-25 -16 -52)" />
        <ellipse cx={16} cy={-52} rx={12} ry={26} transform="rotate(25 16 -52)" />
      </g>
      <ellipse cx={0} cy={-62} rx={12} ry={30} fill={C.green} />
      <path d="M-24-30H24L18 0H-18Z" fill={C.orange} />
    </g>
  );
}

export function Rug({ cx, cy, rx, color }: { cx: number; cy: number; rx: number; color: string }) {
  return (
    <g>
      <ellipse cx={cx} cy={cy} rx={rx} ry={rx * 0.15} fill={color} />
      <ellipse
        cx={cx}
        cy={cy}
        rx={rx - 22}
        ry={rx * 0.15 - 10}
        fill="none"
        stroke={C.white}
        strokeOpacity={0.45}
        strokeWidth={4}
      />
    </g>
  );
}

/** A four-pointed twinkle, used for stars on walls and in skies. */
export function twinkle(x: number, y: number, s: number, f: string): ReactNode {
  return (
    <path
      key={`${x},${y}`}
      d={`M${x} ${y - s}Q${x} ${y} ${x + s} ${y}Q${x} ${y} ${x} ${y + s}Q${x} ${y} ${x - s} ${y}Q${x} ${y} ${x} ${y - s}Z`}
      fill={f}
    />
  );
}
