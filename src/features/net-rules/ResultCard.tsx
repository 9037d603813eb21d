/**
 * The result card, once all eight badges are earned: an optional name, the card as a picture (1200 × 630),
 * "Download as a picture" (drawn to a PNG on the device, never sent anywhere) and "Print" (the card alone).
 *
 * The name is kept only in this component's state: never in the store, storage or the URL, so it is gone
 * when the page closes.
 */
import './resultCard.css';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import type { RuleSummary } from '../../content/netRulesSchema.ts';
import { saveFile } from '../../platform/saveFile.ts';
import { CardPicture } from './resultCard/CardPicture.tsx';
import { formatDate } from './resultCard/cardText.ts';
import { renderPng } from './resultCard/renderPng.ts';

export const CARD_FILE_NAME = 'sango-net-rules.png';
export const NAME_MAX = 40;

export function ResultCard(props: { rules: RuleSummary[]; onBack?: () => void }) {
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
