/**
 * Byte budgets, checked on every `npm test` against the production build: a change that breaks one fails
 * here with the figure and the budget. (Times are only reported by `npm run bench`: they are not stable.)
 */
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.ts';
import { measure, overBudget } from '../../scripts/lib/budgets.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

test('the production build stays within its byte budgets', async ({ browser, baseURL }) => {
  // Fonts depend on what the page shows, so they are measured in a real browser on a cold home page.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let fonts = 0;
  page.on('response', async (res) => {
    if (res.url().endsWith('.woff2')) fonts += (await res.body()).length;
  });
  await page.goto(`${baseURL}/en/`, { waitUntil: 'networkidle' });
  await context.close();
  expect(fonts, 'the home page loads its fonts').toBeGreaterThan(0);
  expect(overBudget(measure(DIST), fonts)).toEqual([]);
});
