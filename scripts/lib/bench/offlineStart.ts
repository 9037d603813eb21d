/**
 * Offline cold start: the service worker is installed and in control, the network is off, and the page is
 * opened again. The time is from the start of that navigation to the page's heading being in the document,
 * as the page itself sees it (performance.now()); the median of several runs is reported.
 */
import type { Browser } from '@playwright/test';

declare global {
  interface Window {
    sangoHeadingAt?: number;
  }
}

export async function offlineColdStart(browser: Browser, url: string, runs = 7): Promise<number[]> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  // A string, not a function: tsx names functions with a helper (__name) that does not exist in the page.
  await context.addInitScript(`
    new MutationObserver((_, observer) => {
      if (window.sangoHeadingAt === undefined && document.querySelector('h1')) {
        window.sangoHeadingAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now under the service worker's control, as on any later visit
  await context.setOffline(true);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.sangoHeadingAt !== undefined);
    times.push(await page.evaluate(() => window.sangoHeadingAt ?? NaN));
  }
  await context.close();
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
