/**
 * Arrow keys and swipes turn pages. Both follow reading direction: in right-to-left languages the "next"
 * key is the left arrow and the next page comes from a swipe to the right, as in a printed Arabic book.
 */
import { useEffect, useRef, type PointerEvent } from 'react';

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
  const start = useRef<{ x: number; y: number } | null>(null);
  return {
    onPointerDown: (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') start.current = { x: e.clientX, y: e.clientY };
    },
    onPointerUp: (e: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from) return;
      const dx = e.clientX - from.x;
      if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(e.clientY - from.y) * 1.5) return;
      const rtl = document.documentElement.dir === 'rtl';
      // A swipe towards the start of the line pulls the next page in.
      if (dx < 0 !== rtl) latest.current.next();
      else latest.current.previous();
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
