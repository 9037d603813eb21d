import type { ReactNode } from 'react';
import { C } from './palette';
import { SangoBody } from './Sango';

/*
 * Small illustrations for the three home-page cards, one per age group. They reuse SangoBody (already on the
 * home page) to stay tiny. Storybook is round and bright, workbook friendly and tidy, net-rules sharper and
 * darker for teenagers.
 */

const star = (x: number, y: number, s: number, f: string): ReactNode => (
  <path
    key={x}
    d={`M${x} ${y - s}Q${x} ${y} ${x + s} ${y}Q${x} ${y} ${x} ${y + s}Q${x} ${y} ${x - s} ${y}Q${x} ${y} ${x} ${y - s}Z`}
    fill={f}
  />
);

const ART: Record<'storybook' | 'workbook' | 'net-rules', ReactNode> = {
  storybook: (
    <>
      <circle cx={120} cy={84} r={76} fill={C.wallWarm} />
      <g transform="translate(72 -4) scale(0.48)">
        <SangoBody expression="waving" />
      </g>
      <path d="M18 76V146Q70 134 120 148Q170 134 222 146V76Z" fill={C.red} />
      <path
        d="M120 74Q78 58 28 70V136Q78 124 120 140ZM120 74Q162 58 212 70V136Q162 124 120 140Z"
        fill={C.cream}
      />
      <circle cx={70} cy={96} r={11} fill={C.yellow} />
      <path d="M48 128Q70 104 96 126ZM140 126L162 94 186 124Z" fill={C.green} />
      <path d="M120 74V140" stroke={C.wallSand} strokeWidth={3} />
      {star(30, 30, 10, C.yellow)}
      {star(208, 34, 12, C.orange)}
      {star(196, 70, 6, C.yellow)}
      {star(46, 58, 6, C.orange)}
    </>
  ),
  workbook: (
    <>
      <circle cx={120} cy={84} r={76} fill={C.wallMint} />
      <rect x={34} y={22} width={96} height={128} rx={10} fill={C.woodDark} />
      <rect x={42} y={36} width={80} height={106} rx={4} fill={C.white} />
      <rect x={64} y={16} width={36} height={16} rx={6} fill={C.greyDark} />
      {[50, 78, 106].map((y, i) => (
        <g key={y}>
          <rect x={52} y={y} width={16} height={16} rx={4} fill="none" stroke={C.teal} strokeWidth={3} />
          <rect x={76} y={y + 5} width={36} height={6} rx={3} fill={C.grey} />
          {i < 2 && (
            <path
              d={`M55 ${y + 8}l4 5 9-12`}
              fill="none"
              stroke={C.greenDark}
              strokeWidth={4}
              strokeLinecap="round"
            />
          )}
        </g>
      ))}
      <g transform="rotate(35 112 106)">
        <rect x={104} y={60} width={16} height={68} fill={C.yellow} />
        <rect x={104} y={52} width={16} height={10} rx={3} fill={C.pink} />
        <path d="M104 128H120L112 144Z" fill={C.wood} />
        <path d="M109 138H115L112 144Z" fill={C.ink} />
      </g>
      <g transform="translate(132 18) scale(0.55)">
        <SangoBody expression="thinking" />
      </g>
    </>
  ),
  'net-rules': (
    <>
      <path d="M40 8H200L236 80 200 152H40L4 80Z" fill={C.navy} />
      <g fill="none" stroke={C.tealLight} strokeOpacity={0.5} strokeWidth={2}>
        <path d="M30 44L58 96 26 124M210 44L182 96 214 124M58 96H82M182 96H158" />
      </g>
      <g fill={C.tealLight}>
        <circle cx={30} cy={44} r={5} />
        <circle cx={58} cy={96} r={6} />
        <circle cx={26} cy={124} r={4} />
        <circle cx={210} cy={44} r={5} />
        <circle cx={182} cy={96} r={6} />
        <circle cx={214} cy={124} r={4} />
      </g>
      <rect x={82} y={14} width={76} height={132} rx={10} fill={C.ink} />
      <rect x={89} y={28} width={62} height={104} rx={3} fill={C.tealDark} />
      <path d="M120 42L146 52V78Q146 104 120 118Q94 104 94 78V52Z" fill={C.tealLight} />
      <path d="M112 78V70A8 8 0 0 1 128 70V78" fill="none" stroke={C.navy} strokeWidth={4} />
      <rect x={107} y={76} width={26} height={22} rx={3} fill={C.navy} />
      <path d="M120 83V91" stroke={C.yellow} strokeWidth={4} strokeLinecap="round" />
      <path d="M64 24L72 32 64 40 56 32ZM176 124L184 132 176 140 168 132Z" fill={C.yellow} />
    </>
  ),
};

export function TierArt(p: { tier: 'storybook' | 'workbook' | 'net-rules'; className?: string }) {
  return (
    <svg viewBox="0 0 240 160" className={p.className} aria-hidden="true" focusable="false">
      {ART[p.tier]}
    </svg>
  );
}
