/**
 * Arrow keys and swipes turn pages. Both follow reading direction: in right-to-left languages the "next"
 * key is the left arrow and the next page comes from a swipe to the right, as in a printed Arabic book.
 */
import { useEffect, useRef } from 'react';
import { useSwipe } from '../../ui/useSwipe.ts';

const SWIPE_PX = 60;

export function usePageTurns(actions: { next: () => void; previous: () => void }) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const rtl = document.documentElement.dir === 'rtl';
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
      if (e.key === forward) latest.current.next();
      else if (e.key === backward) latest.current.previous();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return useSwipe(
    () => latest.current.next(),
    () => latest.current.previous(),
    SWIPE_PX,
  );
}
