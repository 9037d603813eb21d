/**
 * Whether a component is being rendered over prerendered HTML: in the prerender itself, and in the browser
 * while React hydrates that HTML. React answers this through useSyncExternalStore, which reads the "server
 * snapshot" in exactly those two cases (whichever pass hydrates the component: a Suspense boundary's content
 * hydrates after the shell around it), and the browser's own value from the first render after.
 *
 * What a component shows when it mounts over prerendered HTML must be what the HTML already shows: no entry
 * animation (framer-motion would hide text that is on screen, then animate it back in), no random order.
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;
const afterHydration = () => false;
const prerenderedOrHydrating = () => true;

/** True in the prerender and while hydrating; false in every render after, and in a page rendered afresh. */
export function useFirstPaint(): boolean {
  return useSyncExternalStore(noSubscription, afterHydration, prerenderedOrHydrating);
}

/**
 * The opposite: true once the component runs in a browser that owns the page. For what exists only there (the
 * service worker's registration), which must neither run in the prerender nor change the hydrated HTML.
 */
export function useInBrowser(): boolean {
  return !useFirstPaint();
}
