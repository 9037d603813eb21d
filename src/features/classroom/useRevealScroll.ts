/**
 * Brings what was just revealed into view, so the class sees it without the teacher scrolling. The page keeps
 * a scroll padding of the teacher's bar's height (classroom.css), so "into view" means clear of the bar.
 */
import { useEffect, type RefObject } from 'react';

export function useRevealScroll(ref: RefObject<Element | null>, key: unknown): void {
  useEffect(() => {
    if (key === null || key === undefined || key === false || key === 0) return;
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [ref, key]);
}
