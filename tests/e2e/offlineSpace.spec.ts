/**
 * When the device is out of space, the service worker stops saving Sango part-way (17 files of 100 and more)
 * and the app cannot work offline. The grown-ups area says so, and why, instead of staying silent. The
 * browser's quota for the site is made tiny (Chromium's DevTools protocol), as a full tablet would be.
 */
import { test, expect } from './fixtures.ts';

test('with no room left, the storage status says Sango is not fully available offline, and why', async ({
  page,
  context,
  baseURL,
}) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL ?? '').origin,
    quotaSize: 300 * 1024,
  });
  await page.addInitScript(() => sessionStorage.setItem('sango-grown-ups', 'open'));
  await page.goto('/en/grown-ups/data/');
  const status = page.getByRole('region', { name: 'Where progress is saved' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('Sango is not fully available offline', { timeout: 20_000 });
  await expect(status).toContainText('this device ran out of space');
  await expect(status).toContainText(/\d+ of \d+ files were saved/);
  await expect(status).toContainText('Free some space on this device');
  const [saved, total] = (/(\d+) of (\d+) files/.exec((await status.textContent()) ?? '') ?? [])
    .slice(1)
    .map(Number);
  expect(saved).toBeLessThan(total ?? 0);
  expect(total).toBeGreaterThan(50);
});

test('with room, once everything is saved, it says Sango works offline', async ({ page }) => {
  await page.addInitScript(() => sessionStorage.setItem('sango-grown-ups', 'open'));
  await page.goto('/en/grown-ups/data/');
  const status = page.getByRole('region', { name: 'Where progress is saved' });
  await expect(status).toContainText('Sango works offline on this device.', { timeout: 20_000 });
  await expect(status).not.toContainText('not fully available offline');
});
