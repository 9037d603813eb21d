/**
 * A visual discussion timer for the class: 1, 2, 3 or 5 minutes, a big countdown ring, pause and reset. No
 * sound, ever. The ring steps with the seconds; with reduced motion the global rule drops its easing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';

const MINUTES = [1, 2, 3, 5] as const;
const RING = 2 * Math.PI * 44;

interface Timer {
  total: number;
  /** Milliseconds left: kept up to date by the tick while it runs. */
  left: number;
  /** While it runs: the clock time it ends; null when paused or done. */
  endAt: number | null;
}

export function formatTime(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

// The clock is read in event handlers and the tick only, never while rendering.
const started = (minutes: number): Timer => ({
  total: minutes * 60_000,
  left: minutes * 60_000,
  endAt: Date.now() + minutes * 60_000,
});
const ticked = (t: Timer): Timer => {
  if (t.endAt === null) return t;
  const left = Math.max(0, t.endAt - Date.now());
  return { ...t, left, endAt: left === 0 ? null : t.endAt };
};
const pausedOrResumed = (t: Timer): Timer =>
  t.endAt === null ? { ...t, endAt: Date.now() + t.left } : { ...ticked(t), endAt: null };

export function DiscussionTimer() {
  const { t } = useTranslation('classroom');
  const [timer, setTimer] = useState<Timer | null>(null);
  const running = timer?.endAt != null;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setTimer((p) => (p ? ticked(p) : p)), 250);
    return () => window.clearInterval(id);
  }, [running]);

  if (!timer) {
    return (
      <div className="classroom-timer" role="group" aria-label={t('timer.label')}>
        {/* An empty ring, the running timer's picture, says "timer" in no words: the bar must fit one row. */}
        <svg className="timer-ring idle" viewBox="0 0 100 100" aria-hidden="true">
          <circle className="timer-track" cx="50" cy="50" r="44" />
        </svg>
        {MINUTES.map((m) => (
          <button
            key={m}
            type="button"
            className="button classroom-chip"
            aria-label={t('timer.startLabel', { count: m })}
            onClick={() => setTimer(started(m))}
          >
            {t('timer.start', { count: m })}
          </button>
        ))}
      </div>
    );
  }
  const { left } = timer;
  const share = timer.total === 0 ? 0 : left / timer.total;
  const up = left === 0;
  return (
    <div
      className={up ? 'classroom-timer running time-up' : 'classroom-timer running'}
      role="group"
      aria-label={t('timer.label')}
    >
      <svg className="timer-ring" viewBox="0 0 100 100" aria-hidden="true">
        <circle className="timer-track" cx="50" cy="50" r="44" />
        <circle
          className="timer-left"
          cx="50"
          cy="50"
          r="44"
          strokeDasharray={RING}
          strokeDashoffset={RING * (1 - share)}
        />
      </svg>
      <span className="timer-time" role="timer" aria-live="off">
        {up ? t('timer.timeUp') : formatTime(left)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {up ? t('timer.timeUp') : ''}
      </span>
      {!up && (
        <button
          type="button"
          className="button classroom-chip"
          onClick={() => setTimer(pausedOrResumed(timer))}
        >
          {running ? t('timer.pause') : t('timer.resume')}
        </button>
      )}
      <button type="button" className="button classroom-chip" onClick={() => setTimer(null)}>
        {t('timer.reset')}
      </button>
    </div>
  );
}
