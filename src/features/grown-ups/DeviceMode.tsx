/**
 * For a grown-up, behind the gate (a child must not turn school mode, and with it the idle hand-over, off): is
 * this a family device or a shared school tablet, and (at school) how long the device waits before handing
 * over to the next child. Its words live with the seats' (the profiles strings).
 */
import { useTranslation } from '../../i18n/index.ts';
import { useStore, type Settings } from '../../store/index.ts';
import { RadioPills } from '../../ui/RadioPills.tsx';

const MODES = ['home', 'school'] as const satisfies readonly Settings['mode'][];
const IDLE_MINUTES = [5, 10, 15, 30] as const;

export function DeviceMode() {
  const { t } = useTranslation('profiles');
  const mode = useStore((s) => s.settings.mode);
  const idleMinutes = useStore((s) => s.settings.idleMinutes);
  const update = useStore((s) => s.updateSettings);
  return (
    <div className="device-mode">
      <RadioPills<Settings['mode']>
        className="device-choice"
        legend={t('device.mode')}
        name="device-mode"
        options={MODES.map((value) => ({ value, label: t(`device.modes.${value}`) }))}
        value={mode}
        onChange={(m) => update({ mode: m })}
        hint={t(`device.modeHints.${mode}`)}
      />
      {mode === 'school' ? (
        <RadioPills<number>
          className="device-choice"
          legend={t('device.idle')}
          name="idle-minutes"
          options={IDLE_MINUTES.map((value) => ({ value, label: t('device.minutes', { count: value }) }))}
          value={idleMinutes}
          onChange={(m) => update({ idleMinutes: m })}
        />
      ) : null}
    </div>
  );
}
