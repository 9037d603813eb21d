/**
 * The service worker. It precaches the whole app (every language's strings and content, the art, the fonts)
 * and one empty shell per language, never the ~300 prerendered pages.
 *
 * Pages come from the network first, so a visit online gets the page's own HTML (its words paint before any
 * script runs). Without an answer in NETWORK_TIMEOUT_S (offline, the server gone, a network that hangs), or with
 * a server error, the page's language gets its shell from the precache: the app then renders the page itself,
 * in the right language and direction. Pages are never cached one by one: an old page's HTML would name script
 * files that a later version has removed.
 *
 * Updates are only ever offered (registerType 'prompt'): a new worker waits until the app asks it to take over.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import type { PrecacheEntry } from 'workbox-precaching';
import { shellFor } from './pwa/shells.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const NETWORK_TIMEOUT_S = 3;

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The browser starts a page's request while this worker wakes up, instead of after.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.registration.navigationPreload?.enable() ?? Promise.resolve());
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const pages = new NetworkOnly({
  networkTimeoutSeconds: NETWORK_TIMEOUT_S,
  plugins: [
    {
      // A proxy's or a host's error page is not Sango: use the shell instead.
      fetchDidSucceed: async ({ response }) => {
        if (response.status >= 500) throw new Error(`server error ${response.status}`);
        return response;
      },
      handlerDidError: async ({ request }) =>
        (await matchPrecache(shellFor(new URL(request.url).pathname))) ??
        (await matchPrecache('/index.html')) ??
        Response.error(),
    },
  ],
});

registerRoute(
  new NavigationRoute(pages, {
    // Files are files: a missing one is a 404, never a page.
    denylist: [/^\/(assets|icons)\//, /\.[a-z0-9]+$/i],
  }),
);
