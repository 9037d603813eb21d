/**
 * The teacher's bar, shown only in classroom mode: reveal the answer, a slot for a class vote, a discussion
 * timer, full screen, and the way out. Fixed at the bottom of the screen; the page gets padding of the bar's
 * height so nothing hides behind it.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { DiscussionTimer } from './DiscussionTimer.tsx';
import { fullscreenSupported, toggleFullscreen, useIsFullscreen } from './fullscreen.ts';
import { useClassroom } from './useClassroom.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';
import './classroom.css';

export function ClassroomBar({ tally }: { tally?: ReactNode }) {
  const { on } = useClassroom();
  return on ? <Bar tally={tally} /> : null;
}

function Bar({ tally }: { tally?: ReactNode }) {
  const { t } = useTranslation('classroom');
  const { revealed, toggleReveal } = useClassroom();
  const fullscreen = useIsFullscreen();
  const ref = useRef<HTMLElement>(null);
  // R and F work on every page, even one with nothing to move through.
  usePresenterKeys();
  useBodyPadding(ref);
  return (
    <section ref={ref} className="classroom-bar" aria-label={t('bar.label')}>
      <button type="button" className="button primary classroom-reveal" onClick={toggleReveal}>
        {revealed ? t('bar.hide') : t('bar.reveal')}
        <kbd aria-hidden="true">R</kbd>
      </button>
      {tally !== undefined && <div className="classroom-slot">{tally}</div>}
      <DiscussionTimer />
      <span className="classroom-bar-end">
        {fullscreenSupported() && (
          <button type="button" className="button classroom-chip" onClick={toggleFullscreen}>
            {fullscreen ? t('bar.exitFullscreen') : t('bar.fullscreen')}
            <kbd aria-hidden="true">F</kbd>
          </button>
        )}
        <button
          type="button"
          className="button classroom-chip"
          onClick={() => useStore.getState().updateSettings({ classroom: false })}
        >
          {t('bar.leave')}
        </button>
      </span>
      <p className="visually-hidden">{t('bar.keys')}</p>
    </section>
  );
}

/** Keeps the end of the page clear of the fixed bar, whatever height it wraps to. */
function useBodyPadding(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    const root = document.documentElement;
    if (!el) return;
    const apply = () => root.style.setProperty('--classroom-bar-size', `${el.offsetHeight}px`);
    apply();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : null;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--classroom-bar-size');
    };
  }, [ref]);
}
