/** Tells the room where things stand: vote first, then the answer is revealed on cue. */
import { useTranslation } from '../../i18n/index.ts';
import { useClassroom } from './useClassroom.ts';

export function RevealStatus() {
  const { t } = useTranslation('classroom');
  const { revealed } = useClassroom();
  return (
    <p className={revealed ? 'reveal-status revealed' : 'reveal-status'} aria-live="polite">
      {revealed ? t('answers.revealed') : t('answers.pressReveal')}
    </p>
  );
}
