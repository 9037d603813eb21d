/**
 * Help, one tap from every page: on a phone, in every language, the header's Help is on screen without
 * scrolling, and it opens help for the age of the page the child is on, with no grown-ups gate.
 */
import { test, expect } from './fixtures.ts';

const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;

/** A page of every kind a child meets, and the help it should lead to (null: the page asking whose help). */
const PAGES: [path: string, tier: string | null][] = [
  ['', null],
  ['storybook/', 'storybook'],
  ['storybook/right-to-play/2', 'storybook'],
  ['storybook/right-to-play/4', 'storybook'],
  ['storybook/right-to-play/end', 'storybook'],
  ['workbook/', 'workbook'],
  ['workbook/help/response/', 'workbook'],
  ['net-rules/', 'net-rules'],
  ['net-rules/level-1/', 'net-rules'],
  ['net-rules/you-can-say-no/', 'net-rules'],
  ['settings', null],
  ['seats', null],
  ['no-such-page', null],
];

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

for (const locale of LOCALES) {
  test(`${locale}: help is on screen on every page and opens without the gate`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const [path, tier] of PAGES) {
      await page.goto(`/${locale}/${path}`);
      await expect(page.locator('h1').first()).toBeVisible();
      const help = page.locator('header .help-link');
      await expect(help, `${path}: Help in the header`).toBeVisible();
      const box = await help.boundingBox();
      expect(box, `${path}: Help has a box`).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0), `${path}: Help above the fold`).toBeLessThanOrEqual(844);
      expect(box?.height ?? 0, `${path}: Help is a big enough target`).toBeGreaterThanOrEqual(48);
      await help.click();
      await expect(page).toHaveURL(`/${locale}/help/${tier ? `${tier}/` : ''}`);
      await expect(page.locator('.help-lead')).toBeVisible();
      await expect(page.locator('.gate')).toHaveCount(0);
    }
  });
}

test('Help remembers the tier a child was in when they move to a page of no tier', async ({ page }) => {
  await page.goto('/en/net-rules/');
  await page.locator('header').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.locator('header .help-link').click();
  await expect(page).toHaveURL('/en/help/net-rules/');
});

test('the teen help page links out only as marked links a person taps', async ({ page }) => {
  await page.goto('/en/help/net-rules/');
  await expect(page.locator('.help-lead')).toBeVisible();
  const out = page.locator('main a[href^="https:"]');
  expect(await out.count()).toBeGreaterThanOrEqual(3);
  for (const link of await out.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toContainText('opens another website in a new tab');
  }
  // Nothing in the page head points the browser at another site (no prefetch, preconnect or preload).
  const foreignHeads = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[href]'))
      .map((l) => l.href)
      .filter((href) => new URL(href).origin !== location.origin),
  );
  expect(foreignHeads).toEqual([]);
});

test('the under-9 help page has no link to another website', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/help/storybook/`);
    await expect(page.locator('.help-step').first()).toBeVisible();
    await expect(page.locator('main a[href^="http"]')).toHaveCount(0);
  }
});
