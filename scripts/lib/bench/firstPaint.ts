/**
 * What a first visit on a slow connection downloads before anything is painted, measured in Chromium with the
 * network and CPU slowed down the way Lighthouse's mobile profile describes (150 ms round trip, 1.6 Mbps down,
 * 750 Kbps up, 4× slower CPU), applied for real rather than simulated: the first contentful paint, and the
 * bytes on the wire (headers included) of every response that had finished by then, the page's HTML included.
 * No service worker, an empty cache.
 */
import type { Browser } from '@playwright/test';

export interface FirstPaint {
  fcpMs: number;
  bytes: number;
  requests: number;
}

export async function firstPaint(browser: Browser, url: string): Promise<FirstPaint> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const done = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => r.responseEnd <= fcp,
    );
    return {
      fcpMs: fcp,
      bytes: (nav?.transferSize ?? 0) + done.reduce((n, r) => n + r.transferSize, 0),
      requests: 1 + done.length,
    };
  });
  await context.close();
  return result;
}
