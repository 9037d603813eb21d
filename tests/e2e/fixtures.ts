/**
 * Shared test fixture: every test records every request the page makes and fails if any leaves the origin,
 * so "nothing leaves the device" is checked on every path the browser tests walk.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const foreign: string[] = [];
      context.on('request', (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Resolves once the service worker has installed, activated and precached everything. */
export async function serviceWorkerReady(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!reg.active) throw new Error('no active service worker');
  });
}

/**
 * Resolves once no animation is running on the page (page turns, reveals), so colours are measured at rest.
 * A condition to wait for, not a guessed sleep: on a fast machine it returns at once.
 */
export async function animationsSettled(page: import('@playwright/test').Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' && !a.pending),
  );
}
