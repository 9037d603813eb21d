/** On-screen previous and next for a teacher with a mouse or a touch board; the keys do the same. */
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import './classroom.css';

interface Props {
  onPrevious: () => void;
  onNext: () => void;
  canPrevious: boolean;
  canNext: boolean;
  /** Where the class is, e.g. "Question 2 of 5". */
  position?: ReactNode;
}

export function PresenterNav({ onPrevious, onNext, canPrevious, canNext, position }: Props) {
  const { t } = useTranslation('classroom');
  // aria-disabled, not disabled: the button keeps focus at either end, so a keyboard user keeps their place.
  return (
    <nav className="presenter-nav" aria-label={t('nav.label')}>
      <button
        type="button"
        className="button"
        aria-disabled={!canPrevious}
        onClick={() => canPrevious && onPrevious()}
      >
        {t('nav.previous')}
      </button>
      {position !== undefined && <span className="presenter-position">{position}</span>}
      <button
        type="button"
        className="button primary"
        aria-disabled={!canNext}
        onClick={() => canNext && onNext()}
      >
        {t('nav.next')}
      </button>
    </nav>
  );
}
