/**
 * Presenter keys, in classroom mode only. Clickers send PageDown/PageUp (some send arrows); a keyboard adds
 * Space, the arrows, R (reveal the next answer), Shift+R (reveal them all), N (the educator notes) and F (full
 * screen). Other keys with a modifier stay the browser's, and keys a focused control needs (Space on a button,
 * arrows in a text field) stay the control's. R and N do nothing on a page with nothing to reveal or no notes.
 *
 * Listens on `document`, which the event reaches before `window`: a key it acts on is marked handled
 * (preventDefault) and stopped there, so a page's own arrow-key handler on `window` does not move twice, and
 * another presenter-keys listener (the bar's) sees `defaultPrevented` and leaves it alone.
 */
import { useEffect, useRef } from 'react';
import { toggleFullscreen } from './fullscreen.ts';
import { notes, reveal } from './useClassroom.ts';
import { useStore } from '../../store/index.ts';

export interface PresenterActions {
  next?: () => void;
  previous?: () => void;
}

type Action = 'next' | 'previous' | 'reveal' | 'revealAll' | 'notes' | 'fullscreen';

const TEXT_FIELDS = 'input, textarea, select, [contenteditable="true"], [contenteditable=""]';
const CONTROLS = `button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], ${TEXT_FIELDS}`;

/** Which presenter action a key press means, or null. Arrows follow the reading direction. */
export function presenterAction(e: KeyboardEvent, rtl: boolean): Action | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return null;
  const target = e.target instanceof Element ? e.target : null;
  if (target?.closest(TEXT_FIELDS)) return null;
  // Shift+R is the one shifted key: Shift+Space, Shift+arrows (selecting, scrolling back) stay the browser's.
  if (e.shiftKey) return e.key === 'R' || e.key === 'r' ? 'revealAll' : null;
  switch (e.key) {
    case 'PageDown':
    case 'ArrowDown':
      return 'next';
    case 'PageUp':
    case 'ArrowUp':
      return 'previous';
    case 'ArrowRight':
      return rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      return rtl ? 'next' : 'previous';
    case ' ':
    case 'Spacebar':
      return target?.closest(CONTROLS) ? null : 'next';
    case 'r':
    case 'R':
      return 'reveal';
    case 'n':
    case 'N':
      return 'notes';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null; // B and "." (a clicker's blank screen) included
  }
}

export function usePresenterKeys(actions: PresenterActions = {}): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !useStore.getState().settings.classroom) return;
      const action = presenterAction(e, document.documentElement.dir === 'rtl');
      if (action === null) return;
      if (action === 'reveal' || action === 'revealAll' || action === 'notes') {
        const done =
          action === 'reveal' ? reveal.next() : action === 'revealAll' ? reveal.all() : notes.toggle();
        if (!done) return; // nothing to reveal or no notes here: the key keeps its usual meaning
      } else if (action === 'fullscreen') toggleFullscreen();
      else {
        const run = latest.current[action];
        if (!run) return; // nothing to move here: the key keeps its usual meaning (scrolling)
        run();
      }
      e.preventDefault();
      e.stopPropagation();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
