/** Full screen for the whole document, where the browser has it (not on iPhone Safari, for one). */
import { useSyncExternalStore } from 'react';

export function fullscreenSupported(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof document.documentElement.requestFullscreen === 'function'
  );
}

export function toggleFullscreen(): void {
  if (!fullscreenSupported()) return;
  // A refused request (no user gesture, a policy) changes nothing; there is nothing to tell the class.
  const done = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen();
  void done.catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement != null,
    () => false,
  );
}
