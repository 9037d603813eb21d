/**
 * A show of hands, counted on the teacher's screen: "+1" per hand, "−1" for a miscount, and a reset. The
 * counts live in this component only: they are never stored, and they are gone with the page.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import './classroom.css';

export interface VoteOption {
  id: string;
  label: ReactNode;
}

export function VoteTally({ options, title }: { options: readonly VoteOption[]; title?: ReactNode }) {
  const { t } = useTranslation('classroom');
  const [counts, setCounts] = useState<Record<string, number>>({});
  const headingId = useId();
  // "−1" and "Reset" stay focusable at zero (aria-disabled), so a keyboard user keeps their place.
  const add = (id: string, delta: number) =>
    setCounts((c) => ({ ...c, [id]: Math.max(0, (c[id] ?? 0) + delta) }));
  const total = options.reduce((sum, o) => sum + (counts[o.id] ?? 0), 0);
  return (
    <section className="vote-tally" aria-labelledby={headingId}>
      <h2 id={headingId} className="vote-title">
        {title ?? t('votes.title')}
      </h2>
      <ul className="vote-options">
        {options.map((o, i) => {
          const count = counts[o.id] ?? 0;
          const labelId = `${headingId}-${i}`;
          return (
            <li key={o.id} className="vote-option">
              <span id={labelId} className="vote-label">
                {o.label}
              </span>
              <span className="vote-count" aria-live="polite" aria-atomic="true">
                <span className="vote-number">{count}</span>{' '}
                <span className="vote-unit">{t('votes.hands', { count })}</span>
              </span>
              <span className="vote-buttons">
                <button
                  id={`${labelId}-add`}
                  type="button"
                  className="button primary vote-add"
                  aria-labelledby={`${labelId}-add ${labelId}`}
                  onClick={() => add(o.id, 1)}
                >
                  +1
                </button>
                <button
                  id={`${labelId}-remove`}
                  type="button"
                  className="button vote-remove"
                  aria-labelledby={`${labelId}-remove ${labelId}`}
                  aria-disabled={count === 0}
                  onClick={() => add(o.id, -1)}
                >
                  −1
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button vote-reset"
        aria-disabled={total === 0}
        onClick={() => setCounts({})}
      >
        {t('votes.reset')}
      </button>
    </section>
  );
}
