/**
 * What a cold first visit downloads, by type: bytes on the wire (gzip from the server, headers included), as
 * Chromium counts them. The service worker is blocked so its background precache does not blur the page's own
 * load (the precache is reported separately).
 */
import type { Browser } from '@playwright/test';

export type TransferByType = Record<string, number> & { total: number };

export async function coldTransfer(browser: Browser, url: string): Promise<TransferByType> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes: Promise<{ type: string; bytes: number }>[] = [];
  page.on('requestfinished', (req) => {
    sizes.push(
      req.sizes().then((s) => ({
        type: req.resourceType(),
        bytes: s.responseBodySize + s.responseHeadersSize,
      })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const result: TransferByType = { total: 0 };
  for (const { type, bytes } of await Promise.all(sizes)) {
    result[type] = (result[type] ?? 0) + bytes;
    result.total += bytes;
  }
  await context.close();
  return result;
}
