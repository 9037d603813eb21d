/** Turns classroom (projector) mode on or off: for the settings page and the grown-ups area. */
import { useId } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';

export function ClassroomToggle() {
  const { t } = useTranslation('classroom');
  const on = useStore((s) => s.settings.classroom);
  const update = useStore((s) => s.updateSettings);
  const helpId = useId();
  return (
    <div className="classroom-toggle">
      <label className="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={helpId}
          onChange={(e) => update({ classroom: e.target.checked })}
        />
        <span>{t('toggle.label')}</span>
      </label>
      <p id={helpId} className="classroom-toggle-help">
        {t('toggle.help')}
      </p>
    </div>
  );
}
