/**
 * First paint comes from HTML: a page's words, language and direction are in its prerendered HTML, before any
 * script runs (and with scripts off); a child's stored display settings are on `<html>` before the first
 * paint; and the app takes the page over by hydrating it, not by drawing it again.
 */
import { test, expect } from './fixtures.ts';

const STORY_PAGE = '/ar/storybook/right-to-play/2';

test('with scripts off, an Arabic deep link paints right to left from its HTML alone', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(STORY_PAGE);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(html).toHaveAttribute('dir', 'rtl');
    // Its own words: the story's title and the page's text, in Arabic.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/أمارا وليو/);
    await expect(page.locator('.reader-text')).toContainText(/[\u0600-\u06FF]{3,}/);
    expect(await heading.evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    // Styled and mirrored: the page's own stylesheet is there, and "next" sits to the left of "previous".
    const previous = await page.locator('.reader-nav button').first().boundingBox();
    const next = await page.locator('.reader-nav button').last().boundingBox();
    expect(previous && next && next.x < previous.x, 'next page is on the left in Arabic').toBe(true);
    // Nothing waits for a script: no element is hidden, and the page's links are real links.
    await expect(page.locator('[style]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'مساعدة' })).toHaveAttribute('href', '/ar/help/storybook/');
    expect(await page.locator('#root').getAttribute('data-start')).toBeNull();
  } finally {
    await context.close();
  }
});

test('a page is hydrated with no error, and its buttons then work', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(STORY_PAGE);
  await expect(page.locator('#root')).toHaveAttribute('data-start', 'hydrate');
  await page.getByRole('button', { name: 'الصفحة التالية' }).click();
  await expect(page).toHaveURL(/\/ar\/storybook\/right-to-play\/3$/);
  expect(errors).toEqual([]);
});

test('large text and high contrast are on the page before its first paint, and never switch', async ({
  page,
}) => {
  await page.goto('/en/settings');
  await page.getByRole('radio', { name: 'Largest' }).check();
  await page.getByRole('checkbox', { name: 'High contrast colours' }).check();

  // From now on, every change to <html>'s display attributes is recorded, with whether <body> existed yet.
  await page.addInitScript(() => {
    const seen: [string, string, boolean][] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const { textSize = '', contrast = '' } = document.documentElement.dataset;
      seen.push([textSize, contrast, document.body !== null]);
    }).observe(document, { subtree: true, attributeFilter: ['data-text-size', 'data-contrast'] });
  });
  for (const path of ['/en/storybook/right-to-play/2', '/ar/net-rules/level-1/']) {
    await page.goto(path);
    await expect(page.locator('#root')).toHaveAttribute('data-start', 'hydrate');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[][] }).seen);
    expect(seen.length, path).toBeGreaterThan(0);
    // Set in the head, before the body (and so before anything is painted)…
    expect(seen[0], path).toEqual(['largest', 'high', false]);
    // …and never back to the defaults while the app starts and hydrates.
    expect(
      seen.filter(([size, contrast]) => size !== 'largest' || contrast !== 'high'),
      path,
    ).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  }
});
