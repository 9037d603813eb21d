/**
 * The result card, once all eight badges are earned: an optional name, the card as a picture (1200 × 630),
 * "Download as a picture" (drawn to a PNG on the device, never sent anywhere) and "Print" (the card alone).
 *
 * The name is kept only in this component's state: never in the store, storage or the URL, so it is gone
 * when the page closes.
 */
import './resultCard.css';
import { useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import type { Rule } from '../../content/netRulesSchema.ts';
import { SangoBody } from '../../ui/art/Sango.tsx';
import { BADGE_BOX, BADGE_COLOURS, badgeSvgGroup } from './Badge.tsx';
import { saveFile } from '../../ui/saveFile.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FILE_NAME = 'sango-net-rules.png';
export const NAME_MAX = 40;
/** The PNG is drawn at twice the card's size so it stays sharp on phones. */
const PNG_SCALE = 2;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Only fonts already on the device: the picture is drawn off the page, where the app's own web fonts are not
 * available, and it must never fetch anything. These cover Latin, Cyrillic, Arabic and Chinese.
 */
const CARD_FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Geeza Pro', Tahoma, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

const INK = {
  bg: '#0b1020',
  panel: '#111a30',
  line: '#1e2a45',
  heading: '#f8fafc',
  name: '#5eead4',
  title: '#cbd5e1',
  date: '#94a3b8',
};

// Card layout, in the card's own units (1200 × 630), for a left-to-right card; right-to-left mirrors x.
const MARGIN = 64;
const COLUMNS = 4;
const CELL = (CARD_WIDTH - 2 * MARGIN) / COLUMNS;
const BADGE = 108;
const ROWS_TOP = [196, 388] as const;
const TITLE_SIZE = 18;
const TITLE_LINE = 22;

/** Roughly how wide text is, in ems: Chinese and other full-width characters are a whole em. */
function ems(text: string): number {
  let total = 0;
  for (const ch of text)
    total += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffe6]/u.test(ch)
      ? 1
      : 0.56;
  return total;
}

/** The largest font size, up to `max`, at which `text` fits in `width`. */
export function fitFontSize(text: string, width: number, max: number): number {
  const w = ems(text);
  return w === 0 ? max : Math.max(12, Math.min(max, Math.floor(width / w)));
}

/**
 * Wraps a title into at most `maxLines` lines of about `width` ems, breaking between words, or between any
 * two characters in Chinese; what does not fit ends with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffe6]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffe6]+|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (/^\s+$/u.test(token)) {
      if (current) current += ' ';
      continue;
    }
    if (current.trim() && ems(current + token) > width) {
      lines.push(current.trim());
      current = token;
    } else current += token;
  }
  if (current.trim()) lines.push(current.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = lines.slice(maxLines - 1).join(' ');
  while (last.length > 1 && ems(`${last}…`) > width) last = [...last].slice(0, -1).join('').trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

function formatDate(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

const hexagon = (cx: number, cy: number, r: number): string =>
  [-90, -30, 30, 90, 150, 210]
    .map((deg) => {
      const a = (deg * Math.PI) / 180;
      return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
    })
    .join(' ');

interface CardProps {
  rules: Rule[];
  name: string;
  heading: string;
  date: string;
  label: string;
  rtl: boolean;
  svgRef: Ref<SVGSVGElement>;
}

/** The card as one self-contained SVG: no links, no web fonts, no images, so it can become a PNG offline. */
function CardPicture({ rules, name, heading, date, label, rtl, svgRef }: CardProps) {
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

/** Draws the card's SVG into a PNG, entirely on this device. */
async function renderPng(svg: SVGSVGElement): Promise<Blob> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(CARD_WIDTH));
  copy.setAttribute('height', String(CARD_HEIGHT));
  const markup = new XMLSerializer().serializeToString(copy);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The card picture could not be drawn.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = CARD_WIDTH * PNG_SCALE;
    canvas.height = CARD_HEIGHT * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas on this device.');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.fillStyle = INK.bg;
    context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
    context.drawImage(image, 0, 0, CARD_WIDTH, CARD_HEIGHT);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ResultCard(props: { rules: Rule[]; onBack?: () => void }) {
  const { rules, onBack } = props;
  const { t, i18n } = useTranslation('netRules');
  const { t: tCommon } = useTranslation();
  const [name, setName] = useState('');
  const [today] = useState(() => new Date());
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const svgRef = useRef<SVGSVGElement>(null);
  const nameId = useId();
  const helpId = useId();

  const shownName = name.trim();
  const heading = t('resultCard.cardHeading');
  const date = t('resultCard.date', { date: formatDate(today, i18n.language) });
  const label = [heading, shownName, date].filter(Boolean).join('. ');
  const rtl = typeof document !== 'undefined' && document.documentElement.dir === 'rtl';

  async function download() {
    const svg = svgRef.current;
    if (!svg || status === 'busy') return;
    setStatus('busy');
    try {
      saveFile(await renderPng(svg), CARD_FILE_NAME);
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <section className="result-card">
      <p className="result-card-screen lead">{t('resultCard.intro')}</p>
      <div className="result-card-screen result-card-field">
        <label htmlFor={nameId}>{t('resultCard.nameLabel')}</label>
        <input
          id={nameId}
          className="result-card-input"
          type="text"
          value={name}
          maxLength={NAME_MAX}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={helpId}
          onChange={(e) => setName(e.target.value.slice(0, NAME_MAX))}
        />
        <p id={helpId} className="result-card-help">
          {t('resultCard.nameHelp')}
        </p>
      </div>
      <figure className="result-card-print">
        <CardPicture
          rules={rules}
          name={shownName}
          heading={heading}
          date={date}
          label={label}
          rtl={rtl}
          svgRef={svgRef}
        />
      </figure>
      <div className="result-card-screen result-card-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => void download()}
          aria-disabled={status === 'busy'}
        >
          {t('resultCard.download')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('resultCard.print')}
        </button>
        {onBack ? (
          <button type="button" className="button" onClick={onBack}>
            {t('rule.backToRules')}
          </button>
        ) : null}
      </div>
      <p className="result-card-screen result-card-status" role="status">
        {status === 'failed' ? tCommon('error.title') : ''}
      </p>
    </section>
  );
}
