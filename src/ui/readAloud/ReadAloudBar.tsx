/** Play / pause and speed for read-aloud. Hidden, not broken, where the device has no voice for the language. */
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import type { ReadState } from './speech.ts';
import './readAloud.css';

const SPEEDS = [
  { rate: 0.75, key: 'slow' },
  { rate: 1, key: 'normal' },
  { rate: 1.25, key: 'fast' },
] as const;

export function ReadAloudBar(props: { state: ReadState; onPlay: () => void; onPause: () => void }) {
  const { t } = useTranslation();
  const rate = useStore((s) => s.settings.narrationRate);
  const update = useStore((s) => s.updateSettings);
  const playing = props.state === 'playing';
  return (
    <div className="read-aloud">
      <button
        type="button"
        className="button primary read-button"
        onClick={playing ? props.onPause : props.onPlay}
        aria-pressed={playing}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="read-icon">
          {playing ? (
            <path d="M7 5h4v14H7zM13 5h4v14h-4z" fill="currentColor" />
          ) : (
            <>
              <path d="M3 9v6h4l5 4V5L7 9z" fill="currentColor" />
              <path
                d="M15.5 8.5a5 5 0 010 7M18 6a8.5 8.5 0 010 12"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </>
          )}
        </svg>
        {playing
          ? t('storybook.pause')
          : props.state === 'paused'
            ? t('storybook.resume')
            : t('storybook.readToMe')}
      </button>
      <fieldset className="speed">
        <legend className="visually-hidden">{t('storybook.speed')}</legend>
        {SPEEDS.map((s) => (
          <label key={s.key} className="speed-option">
            <input
              type="radio"
              name="read-speed"
              checked={Math.abs(rate - s.rate) < 0.01}
              onChange={() => update({ narrationRate: s.rate })}
            />
            <span>{t(`storybook.speeds.${s.key}`)}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
