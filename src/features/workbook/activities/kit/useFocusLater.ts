/**
 * Moves focus after the next render to the element with `data-focus="key"` inside `root`: a card that moved,
 * the next card when one was placed, the result when the check button went away. Keys name what a keyboard
 * user was working on, so focus follows it when the element under it moves or disappears.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useFocusLater<T extends HTMLElement>() {
  const root = useRef<T>(null);
  const pending = useRef<string[] | null>(null);
  useLayoutEffect(() => {
    const keys = pending.current;
    if (!keys) return;
    pending.current = null;
    for (const key of keys) {
      const el = root.current?.querySelector<HTMLElement>(`[data-focus="${key}"]`);
      if (el && !el.matches(':disabled')) {
        el.focus();
        return;
      }
    }
  });
  /** The first of `keys` that exists (and is not disabled) gets focus after the next render. */
  const focusLater = useCallback((...keys: string[]) => {
    pending.current = keys;
  }, []);
  return { root, focusLater };
}
