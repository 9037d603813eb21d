/**
 * The teacher's bar, shown only in classroom mode: reveal the answers (one at a time, or all), the educator
 * notes on demand, a slot for a class vote, a discussion timer, full screen, and the way out. "Reveal" and
 * "notes" are there only on a page that has them. Fixed at the bottom of the screen; the page gets padding of
 * the bar's height so nothing hides behind it.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { DiscussionTimer } from './DiscussionTimer.tsx';
import { fullscreenSupported, toggleFullscreen, useIsFullscreen } from './fullscreen.ts';
import { notes, reveal, useClassroom, useLessonHere } from './useClassroom.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';
import './classroom.css';

export function ClassroomBar({ tally }: { tally?: ReactNode }) {
  const { on } = useClassroom();
  return on ? <Bar tally={tally} /> : null;
}

function Bar({ tally }: { tally?: ReactNode }) {
  const { t } = useTranslation('classroom');
  const { shown, notes: notesOpen } = useClassroom();
  const lesson = useLessonHere();
  const fullscreen = useIsFullscreen();
  const ref = useRef<HTMLElement>(null);
  // R, N and F work on every page, even one with nothing to move through.
  usePresenterKeys();
  useBodyPadding(ref);
  const total = lesson?.answers ?? 0;
  return (
    <section ref={ref} className="classroom-bar" aria-label={t('bar.label')}>
      {total > 0 && <RevealButtons shown={shown} total={total} />}
      {lesson?.notes && (
        <button
          type="button"
          className="button classroom-chip"
          aria-expanded={notesOpen}
          aria-controls="lesson-notes"
          onClick={notes.toggle}
        >
          {notesOpen ? t('bar.hideNotes') : t('bar.showNotes')}
          <kbd aria-hidden="true">N</kbd>
        </button>
      )}
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

/**
 * One answer: "Reveal answer" and "Hide answer". Several (a sort's cards, a kinder exercise's rounds): "Reveal
 * next" with how far the class has got and "Reveal all"; once all are shown, "Hide answers" (R again).
 */
function RevealButtons({ shown, total }: { shown: number; total: number }) {
  const { t } = useTranslation('classroom');
  const all = shown >= total;
  if (total === 1)
    return (
      <button type="button" className="button primary classroom-reveal" onClick={reveal.next}>
        {all ? t('bar.hide') : t('bar.reveal')}
        <kbd aria-hidden="true">R</kbd>
      </button>
    );
  return (
    <span className="classroom-reveals" role="group" aria-label={t('bar.revealLabel')}>
      <button type="button" className="button primary classroom-reveal" onClick={reveal.next}>
        {all ? t('bar.hideAll') : t('bar.revealNext')}
        <kbd aria-hidden="true">R</kbd>
      </button>
      {!all && (
        <button type="button" className="button classroom-chip" onClick={reveal.all}>
          {t('bar.revealAll')}
          <kbd aria-hidden="true" dir="ltr">
            ⇧R
          </kbd>
        </button>
      )}
      {/* "2/18" for the teacher's eye, the sentence for a screen reader: the bar must fit one row. */}
      <span className="classroom-progress">
        <bdi aria-hidden="true">{`${shown}/${total}`}</bdi>
        <span className="visually-hidden" aria-live="polite">
          {t('bar.progress', { shown, total })}
        </span>
      </span>
    </span>
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
