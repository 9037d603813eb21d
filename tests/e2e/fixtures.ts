/**
 * Shared test fixture: every test records every request the page makes and fails if any leaves the origin,
 * so "nothing leaves the device" is checked on every path the browser tests walk.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * A prerendered page shows its words and working links at once, but its buttons work only once the app has
 * hydrated it (`<html data-app="ready">`, src/app/appReady.ts). So opening or reloading a page waits for that,
 * as a person waits for the page to react; a response that is not the app (a file, a 404) is not waited for.
 */
export function waitForAppOnOpen(page: Page): void {
  const wait = async (response: Awaited<ReturnType<Page['goto']>>) => {
    if (response && !(response.headers()['content-type'] ?? '').includes('text/html')) return response;
    await page.waitForFunction(
      () => document.documentElement.dataset.app === 'ready' || !document.getElementById('root'),
    );
    return response;
  };
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => wait(await goto(...args));
  page.reload = async (...args) => wait(await reload(...args));
}

/** The same for every page of a context a test makes itself. */
export function waitForAppInContext(context: BrowserContext): void {
  context.pages().forEach(waitForAppOnOpen);
  context.on('page', waitForAppOnOpen);
}

export const test = base.extend<{ foreignRequests: string[] }>({
  context: async ({ context }, provide) => {
    waitForAppInContext(context);
    await provide(context);
  },
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
