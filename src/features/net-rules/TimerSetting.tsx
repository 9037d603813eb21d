/** Timed mode: off by default, and adjustable. No streaks, reminders or leaderboards exist to go with it. */
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';

const CHOICES = [null, 30, 60, 90] as const;

export function TimerSetting() {
  const { t } = useTranslation('netRules');
  const timer = useStore((s) => s.settings.timer);
  const update = useStore((s) => s.updateSettings);
  return (
    <fieldset className="choice-group timer-setting">
      <legend>{t('timer.label')}</legend>
      <div className="choice-group-options">
        {CHOICES.map((c) => (
          <label key={String(c)} className="radio-pill">
            <input type="radio" name="timer" checked={timer === c} onChange={() => update({ timer: c })} />
            <span>{c === null ? t('timer.off') : t('timer.seconds', { count: c })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
