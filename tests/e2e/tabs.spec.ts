/**
 * Two tabs on one device (a parent's phone, a classroom laptop) share one store. A change in one shows in the
 * other within a second, and the other tab does not write it back (a write loop would ping-pong forever and
 * could overwrite newer progress).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { trustStatements } from './contentFacts.ts';

type Counted = Window & { stateWrites?: number };
const writes = (page: Page) => page.evaluate(() => (window as Counted).stateWrites ?? 0);

test('two tabs stay in sync within a second, with no write loop', async ({ context }) => {
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'sango-state') (window as Counted).stateWrites = ((window as Counted).stateWrites ?? 0) + 1;
      setItem.call(this, key, value);
    };
  });
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/en/settings');
  await b.goto('/en/workbook/truth-or-lie/');
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Truth or lie?');
  const b0 = await writes(b);

  // A setting changed in tab A reaches tab B. (Tab A in front: a hidden tab's animation frames are throttled.)
  await a.bringToFront();
  await a.getByRole('radio', { name: 'Larger' }).check();
  await expect(b.locator('html')).toHaveAttribute('data-text-size', 'larger', { timeout: 1_000 });

  // Progress made in tab A reaches tab B's module page.
  await a.goto('/en/workbook/truth-or-lie/trust');
  await expect(a.getByRole('heading', { level: 1 })).toBeVisible();
  const aStart = await writes(a); // a new page: its own count starts again
  for (const s of trustStatements()) {
    await a
      .getByRole('radiogroup', { name: s.label })
      .getByRole('radio', { name: s.answer ? 'True' : 'False' })
      .check();
  }
  await expect(b.getByText('Module done')).toBeVisible({ timeout: 1_000 });

  // Settle, then count: tab A wrote its own changes; tab B, which only listened, wrote nothing.
  await b.waitForTimeout(1_500);
  expect(await writes(b), 'writes by the tab that only listened').toBe(b0);
  const byA = (await writes(a)) - aStart;
  expect(byA, 'writes by the tab that made the changes').toBeGreaterThan(0);
  expect(byA).toBeLessThan(20);
  await b.waitForTimeout(1_000);
  expect(await writes(a), 'no more writes once nothing changes').toBe(aStart + byA);
});
