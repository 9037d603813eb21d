/** A horizontal swipe on touch (or pen) that follows reading direction: towards the line start = forward. */
import { useRef, type PointerEvent } from 'react';

export function useSwipe(forward: () => void, back: () => void, threshold = 50) {
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
      if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(e.clientY - from.y) * 1.5) return;
      const rtl = document.documentElement.dir === 'rtl';
      if (dx < 0 !== rtl) forward();
      else back();
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
