/**
 * For a grown-up, tucked away below the seats: is this a family device or a shared school tablet, and (at
 * school) how long the device waits before asking "Who is learning?" again.
 */
import { useTranslation } from '../../i18n/index.ts';
import { useStore, type Settings } from '../../store/index.ts';
import { RadioPills } from './RadioPills.tsx';

const MODES = ['home', 'school'] as const satisfies readonly Settings['mode'][];
const IDLE_MINUTES = [5, 10, 15, 30] as const;

export function DeviceMode() {
  const { t } = useTranslation('profiles');
  const mode = useStore((s) => s.settings.mode);
  const idleMinutes = useStore((s) => s.settings.idleMinutes);
  const update = useStore((s) => s.updateSettings);
  return (
    <details className="seats-device">
      <summary>{t('device.title')}</summary>
      <RadioPills<Settings['mode']>
        legend={t('device.mode')}
        name="device-mode"
        options={MODES.map((value) => ({ value, label: t(`device.modes.${value}`) }))}
        value={mode}
        onChange={(m) => update({ mode: m })}
        hint={t(`device.modeHints.${mode}`)}
      />
      {mode === 'school' ? (
        <RadioPills<number>
          legend={t('device.idle')}
          name="idle-minutes"
          options={IDLE_MINUTES.map((value) => ({ value, label: t('device.minutes', { count: value }) }))}
          value={idleMinutes}
          onChange={(m) => update({ idleMinutes: m })}
        />
      ) : null}
    </details>
  );
}
