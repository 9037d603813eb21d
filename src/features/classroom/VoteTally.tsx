/**
 * A show of hands, counted on the teacher's screen: "+1" per hand, "−1" for a miscount, and a reset. The
 * counts live in this component only: they are never stored, and they are gone with the page. Options carry
 * the letters they wear on screen, so the class can call them out; "compact" sets short options side by side.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useLetters } from './OptionLetter.tsx';
import './classroom.css';

export interface VoteOption {
  id: string;
  /** The option's words; a lettered option may be its letter alone. */
  label?: ReactNode;
}

interface Props {
  /** In the order they are on screen: with `lettered`, the first is A, as on screen. */
  options: readonly VoteOption[];
  lettered?: boolean;
  title?: ReactNode;
  compact?: boolean;
}

export function VoteTally({ options, lettered = false, title, compact = false }: Props) {
  const { t } = useTranslation('classroom');
  const letter = useLetters();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const headingId = useId();
  // "−1" and "Reset" stay focusable at zero (aria-disabled), so a keyboard user keeps their place.
  const add = (id: string, delta: number) =>
    setCounts((c) => ({ ...c, [id]: Math.max(0, (c[id] ?? 0) + delta) }));
  const total = options.reduce((sum, o) => sum + (counts[o.id] ?? 0), 0);
  return (
    <section className={compact ? 'vote-tally compact' : 'vote-tally'} aria-labelledby={headingId}>
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
                {lettered && <span className="option-letter">{letter(i)}</span>}
                {lettered && ' '}
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
                  <Signed>+1</Signed>
                </button>
                <button
                  id={`${labelId}-remove`}
                  type="button"
                  className="button vote-remove"
                  aria-labelledby={`${labelId}-remove ${labelId}`}
                  aria-disabled={count === 0}
                  onClick={() => add(o.id, -1)}
                >
                  <Signed>−1</Signed>
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

/**
 * "+1" and "−1" are maths, written left to right in every language: isolated, so an Arabic button does not
 * turn them into "1+" and "1−".
 */
function Signed({ children }: { children: string }) {
  return <bdi dir="ltr">{children}</bdi>;
}
