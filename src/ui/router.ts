/**
 * A tiny history router: the app's URLs are few and fixed, so a 1 KB store over `history` replaces a
 * router library on the home page's first load.
 */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let navigations = 0;
const notify = (counts = true) => {
  if (counts) navigations++;
  listeners.forEach((l) => l());
};
const onPopState = () => notify();

/** True once the user has moved inside the app (not on the first page load). */
export function hasNavigated(): boolean {
  return navigations > 0;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', onPopState);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else {
    window.history.pushState(null, '', path);
    window.scrollTo(0, 0);
  }
  // A redirect (replace) is not a move the user made, so it does not move focus.
  notify(!options.replace);
}
