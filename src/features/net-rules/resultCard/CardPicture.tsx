/** The result card as one self-contained SVG: no links, no web fonts, no images, so it can become a PNG offline. */
import type { Ref } from 'react';
import type { RuleSummary } from '../../../content/netRulesSchema.ts';
import { SangoBody } from '../../../ui/art/Sango.tsx';
import { BADGE_BOX, BADGE_COLOURS, badgeSvgGroup } from '../Badge.tsx';
import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, INK, SVG_NS } from './cardLayout.ts';
import { fitFontSize, wrapText } from './cardText.ts';

// Card layout, in the card's own units (1200 × 630), for a left-to-right card; right-to-left mirrors x.
const MARGIN = 64;
const COLUMNS = 4;
const CELL = (CARD_WIDTH - 2 * MARGIN) / COLUMNS;
const BADGE = 108;
const ROWS_TOP = [196, 388] as const;
const TITLE_SIZE = 18;
const TITLE_LINE = 22;

const hexagon = (cx: number, cy: number, r: number): string =>
  [-90, -30, 30, 90, 150, 210]
    .map((deg) => {
      const a = (deg * Math.PI) / 180;
      return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
    })
    .join(' ');

interface CardProps {
  rules: RuleSummary[];
  name: string;
  heading: string;
  date: string;
  label: string;
  rtl: boolean;
  svgRef: Ref<SVGSVGElement>;
}

export function CardPicture({ rules, name, heading, date, label, rtl, svgRef }: CardProps) {
  const x = (ltrX: number) => (rtl ? CARD_WIDTH - ltrX : ltrX);
  const headingSize = fitFontSize(heading, 860, 54);
  const nameSize = fitFontSize(name, 860, 38);
  const shown = rules.slice(0, 8);
  return (
    <svg
      ref={svgRef}
      xmlns={SVG_NS}
      className="result-card-svg"
      viewBox={`0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`}
      width={CARD_WIDTH}
      height={CARD_HEIGHT}
      role="img"
      aria-label={label}
      direction={rtl ? 'rtl' : 'ltr'}
      fontFamily={CARD_FONTS}
    >
      <rect width={CARD_WIDTH} height={CARD_HEIGHT} fill={INK.bg} />
      {/* A few honeycomb cells in the corner where Sango stands. */}
      <g fill="none" stroke={INK.line} strokeWidth={2}>
        {[
          [1108, 96, 112],
          [1200, 250, 52],
        ].map(([cx = 0, cy = 0, r = 0]) => (
          <polygon key={`${cx}-${cy}`} points={hexagon(x(cx), cy, r)} />
        ))}
      </g>
      {/* The eight rule colours as one bar across the top. */}
      {BADGE_COLOURS.map((colour, i) => {
        const w = CARD_WIDTH / BADGE_COLOURS.length;
        return (
          <rect
            key={colour}
            x={rtl ? CARD_WIDTH - (i + 1) * w : i * w}
            y={0}
            width={w}
            height={10}
            fill={colour}
          />
        );
      })}
      <text
        x={x(MARGIN)}
        y={106}
        fill={INK.heading}
        fontSize={headingSize}
        fontWeight={800}
        textAnchor="start"
      >
        {heading}
      </text>
      {name ? (
        <text x={x(MARGIN)} y={160} fill={INK.name} fontSize={nameSize} fontWeight={700} textAnchor="start">
          {name}
        </text>
      ) : null}
      <g
        className="result-card-sango"
        transform={`translate(${rtl ? 30 : CARD_WIDTH - 30 - 124} 26) scale(0.62)`}
      >
        <SangoBody expression="cheering" />
      </g>
      {shown.map((rule, i) => {
        const col = i % COLUMNS;
        const top = ROWS_TOP[Math.floor(i / COLUMNS)] ?? ROWS_TOP[0];
        const cx = x(MARGIN + CELL * (col + 0.5));
        const lines = wrapText(rule.title, (CELL - 28) / TITLE_SIZE, 2);
        const size = Math.min(TITLE_SIZE, ...lines.map((l) => fitFontSize(l, CELL - 20, TITLE_SIZE)));
        return (
          <g key={rule.id}>
            <polygon
              points={hexagon(cx, top + BADGE / 2, BADGE * 0.64)}
              fill={BADGE_COLOURS[i]}
              opacity={0.16}
            />
            <g transform={`translate(${cx - BADGE / 2} ${top}) scale(${BADGE / BADGE_BOX})`}>
              {badgeSvgGroup(i, true)}
            </g>
            <text
              x={cx}
              y={top + BADGE + 28}
              fill={INK.title}
              fontSize={size}
              fontWeight={600}
              textAnchor="middle"
            >
              {lines.map((l, n) => (
                <tspan key={n} x={cx} dy={n === 0 ? 0 : TITLE_LINE}>
                  {l}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {/* Eight of eight: a row of small filled cells along the bottom, opposite the date. */}
      {BADGE_COLOURS.map((colour, i) => (
        <polygon
          key={colour}
          points={hexagon(x(CARD_WIDTH - MARGIN - 10 - (BADGE_COLOURS.length - 1 - i) * 26), 598, 11)}
          fill={colour}
        />
      ))}
      <text x={x(MARGIN)} y={606} fill={INK.date} fontSize={22} fontWeight={600} textAnchor="start">
        {date}
      </text>
    </svg>
  );
}
