import { readFile } from 'node:fs/promises';
import { test, expect, waitForAppInContext } from './fixtures.ts';

const openGate = () => sessionStorage.setItem('sango-grown-ups', 'open');

test('the grown-ups gate opens after a 3-second hold, not after a tap', async ({ page }) => {
  // The hold is timed on Playwright's clock, so the test does not wait three real seconds.
  await page.clock.install();
  await page.goto('/en/grown-ups/');
  const hold = page.getByRole('button', { name: 'Press and hold to open' });
  await hold.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For grown-ups');
  await expect(hold).toBeVisible(); // still the gate
  await hold.hover();
  await page.mouse.down();
  await page.clock.runFor(2_500);
  await expect(hold).toBeVisible(); // not yet: a short hold never opens it
  await page.clock.runFor(800);
  await page.mouse.up();
  await expect(hold).toBeHidden();
  await expect(page.getByRole('link', { name: /Export, import or erase progress/ })).toBeVisible();
});

test('export, then import on a fresh browser, restores progress exactly', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.addInitScript(openGate);
  await page.goto('/en/storybook/right-to-play/3');
  await expect(page.getByText(/My turn!/)).toBeVisible();
  await page.goto('/en/workbook/know-your-rights/');
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('sango-state') ?? '{}').state);
  await page.goto('/en/grown-ups/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress to a file' }).click();
  const file = await (await download).path();
  const text = await readFile(file ?? '', 'utf8');
  expect(JSON.parse(text)).toMatchObject({ app: 'sango', kind: 'progress-export' });

  const fresh = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  waitForAppInContext(fresh);
  const other = await fresh.newPage();
  await other.addInitScript(openGate);
  await other.goto('/en/grown-ups/data');
  await other
    .getByLabel('Choose a progress file')
    .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(other.getByText('Progress imported.')).toBeVisible();
  const after = await other.evaluate(() => JSON.parse(localStorage.getItem('sango-state') ?? '{}').state);
  expect(after.progress).toEqual(before.progress);
  expect(after.seats).toEqual(before.seats);
  await fresh.close();
});

test('a damaged file changes nothing', async ({ page }) => {
  await page.addInitScript(openGate);
  await page.goto('/en/storybook/right-to-play/2');
  await expect(page.getByText(/only one tablet/)).toBeVisible();
  await page.goto('/en/grown-ups/data');
  await expect(page.getByLabel('Choose a progress file')).toBeVisible();
  const before = await page.evaluate(() => localStorage.getItem('sango-state'));
  expect(before).toContain('right-to-play');
  await page
    .getByLabel('Choose a progress file')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"sango",') });
  await expect(page.getByText(/Nothing/).first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sango-state'))).toBe(before);
});

test('erase leaves no progress in storage', async ({ page }) => {
  await page.addInitScript(openGate);
  await page.goto('/en/storybook/right-to-play/3');
  await expect(page.getByText(/My turn!/)).toBeVisible();
  await page.goto('/en/grown-ups/data');
  expect(await page.evaluate(() => localStorage.getItem('sango-state'))).toContain('right-to-play');
  await page.getByRole('button', { name: 'Erase all progress' }).click();
  await page.getByRole('button', { name: 'Yes, erase' }).click();
  await expect(page.getByText('All progress on this device has been erased.')).toBeVisible();
  // (The story's page was saved before: the erase removed it.)
  const state = await page.evaluate(() => JSON.parse(localStorage.getItem('sango-state') ?? '{}').state);
  expect(state.progress).toEqual({});
});
