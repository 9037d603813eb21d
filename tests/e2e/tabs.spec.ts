/**
 * Two tabs on one device (a parent's phone, a classroom laptop) share one store. A change in one shows in the
 * other within a second, and the other tab does not write it back (a write loop would ping-pong forever and
 * could overwrite newer progress).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { trustStatements } from './contentFacts.ts';

type Counted = Window & { stateWrites?: number; barriers?: string[] };
const writes = (page: Page) => page.evaluate(() => (window as Counted).stateWrites ?? 0);

/** `from` writes a marker; resolves when `to` has received it (and so every storage event before it). */
async function barrier(from: Page, to: Page): Promise<void> {
  const mark = `${Date.now()}-${Math.random()}`;
  await from.evaluate((m) => {
    localStorage.setItem('sango-test-barrier', m);
    localStorage.removeItem('sango-test-barrier');
  }, mark);
  await to.waitForFunction((m) => (window as Counted).barriers?.includes(m), mark);
}

test('two tabs stay in sync within a second, with no write loop', async ({ context }) => {
  await context.addInitScript(() => {
    window.addEventListener('storage', (e) => {
      if (e.key === 'sango-test-barrier' && e.newValue)
        ((window as Counted).barriers ??= []).push(e.newValue);
    });
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
  await expect(b.getByRole('link', { name: /Trust Done$/ })).toBeVisible({ timeout: 1_000 });

  // Settle, then count: tab A wrote its own changes; tab B, which only listened, wrote nothing. A barrier,
  // not a sleep: storage events arrive in order, so once B has seen a marker A writes now, B has handled every
  // earlier change, and any write it would make back has been made. Then the same the other way round.
  await barrier(a, b);
  expect(await writes(b), 'writes by the tab that only listened').toBe(b0);
  const byA = (await writes(a)) - aStart;
  expect(byA, 'writes by the tab that made the changes').toBeGreaterThan(0);
  expect(byA).toBeLessThan(20);
  await barrier(b, a);
  await barrier(a, b);
  expect(await writes(a), 'no more writes once nothing changes').toBe(aStart + byA);
  expect(await writes(b)).toBe(b0);
});
