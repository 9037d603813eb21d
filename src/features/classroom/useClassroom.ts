/**
 * Classroom (projector) mode: whether it is on (a stored setting) and whether the answer on screen is
 * revealed. "Revealed" is shared by the presenter bar, the presenter keys and the page, so it lives in the
 * store's classroom slice, which is never stored. It belongs to one page: it is kept with the pathname it was
 * revealed on, so moving to another address hides the answer again at once, without waiting for an effect.
 */
import { useCallback, useEffect } from 'react';
import { useStore } from '../../store/index.ts';
import { usePathname } from '../../routing/router.ts';

const setRevealedAt = (pathname: string | null) => useStore.getState().setRevealedAt(pathname);
const here = () => window.location.pathname;

/** Reveal, hide and toggle, usable outside React (the presenter keys) and in tests. */
export const reveal = {
  show: () => setRevealedAt(here()),
  hide: () => setRevealedAt(null),
  toggle: () => setRevealedAt(useStore.getState().revealedAt === here() ? null : here()),
  isShown: () => useStore.getState().revealedAt === here(),
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
  const at = useStore((s) => s.revealedAt);
  const pathname = usePathname();
  // Coming back to a page later starts hidden again: forget a reveal that belongs to another address.
  useEffect(() => {
    if (at !== null && at !== pathname) setRevealedAt(null);
  }, [at, pathname]);
  const show = useCallback(() => reveal.show(), []);
  const hide = useCallback(() => reveal.hide(), []);
  const toggle = useCallback(() => reveal.toggle(), []);
  return { on, revealed: on && at === pathname, reveal: show, hide, toggleReveal: toggle };
}
