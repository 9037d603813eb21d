/**
 * Classroom (projector) mode: whether it is on (a setting) and whether the answer on screen is revealed.
 * "Revealed" is shared by the presenter bar, the presenter keys and the page, so it lives in a tiny module
 * store. It belongs to one page: it is kept with the pathname it was revealed on, so moving to another
 * address hides the answer again at once, without waiting for an effect.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useStore } from '../../store/index.ts';
import { usePathname } from '../router.ts';

/** The pathname the answer was revealed on, or null when hidden. */
let revealedAt: string | null = null;
const listeners = new Set<() => void>();

function setRevealedAt(value: string | null): void {
  if (value === revealedAt) return;
  revealedAt = value;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getRevealedAt = () => revealedAt;

/** Reveal, hide and toggle, usable outside React (the presenter keys) and in tests. */
export const reveal = {
  show: () => setRevealedAt(window.location.pathname),
  hide: () => setRevealedAt(null),
  toggle: () => setRevealedAt(revealedAt === window.location.pathname ? null : window.location.pathname),
  isShown: () => revealedAt !== null && revealedAt === window.location.pathname,
};

export interface Classroom {
  on: boolean;
  revealed: boolean;
  reveal(): void;
  hide(): void;
  toggleReveal(): void;
}

export function useClassroom(): Classroom {
  const on = useStore((s) => s.settings.classroom);
  const pathname = usePathname();
  const at = useSyncExternalStore(subscribe, getRevealedAt, getRevealedAt);
  // Coming back to a page later starts hidden again: forget a reveal that belongs to another address.
  useEffect(() => {
    if (at !== null && at !== pathname) setRevealedAt(null);
  }, [at, pathname]);
  const show = useCallback(() => reveal.show(), []);
  const hide = useCallback(() => reveal.hide(), []);
  const toggle = useCallback(() => reveal.toggle(), []);
  return { on, revealed: on && at === pathname, reveal: show, hide, toggleReveal: toggle };
}
