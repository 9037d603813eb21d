/**
 * Sorting on a phone (issue 15): the bins wait in a tray at the bottom of the screen, so whichever card a
 * child picks, every bin is in view; placed cards fold away behind each bin's count, so the page does not
 * grow as the bins fill; a card reached with Tab, or dragged, is never lost behind the tray; and the tray
 * keeps clear of the classroom bar, and of the screen's edges with the largest text in Arabic and Russian.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { sortExercise } from './contentFacts.ts';

const PHONE = { width: 390, height: 844 };
const EXERCISE_1 = '/en/workbook/know-your-rights/rights-or-wants';

/** The element's box, which must be wholly inside the window. */
async function wholeInView(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) throw new Error(`${target.toString()} has no box`);
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

/** Nothing covers the middle of the element (the tray sticks over the page: it must not hide a card). */
const uncovered = (target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && el.contains(hit);
  });

const trayTop = (page: Page) => page.locator('.da-tray').evaluate((el) => el.getBoundingClientRect().top);

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('exercise 1: every bin is in view whenever a card is picked, and the page does not grow', async ({
    page,
  }) => {
    const { bins, cards } = sortExercise('01-know-your-rights.md', 'rights-or-wants');
    expect(cards).toHaveLength(18);
    await page.goto(EXERCISE_1);
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const start = await height();
    const binOf = new Map(cards.map((c) => [c.label, c.bin]));
    // In turn the top card of the pile and the bottom one, which a child scrolls down to.
    for (let i = 0; i < cards.length; i++) {
      const pile = page.locator('.da-pile .da-card');
      const button = i % 2 === 0 ? pile.first() : pile.last();
      const label = (await button.textContent())?.trim() ?? '';
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      expect(await uncovered(button), `“${label}” is not hidden behind the bins`).toBe(true);
      for (const bin of bins) {
        const putIn = page.getByRole('button', { name: `Put in “${bin}”` });
        expect(await wholeInView(page, putIn), `“${bin}” in view with “${label}” picked`).toBe(true);
      }
      await page.getByRole('button', { name: `Put in “${binOf.get(label) ?? ''}”` }).click();
      await expect(page.getByText(new RegExp(`^${cards.length - i - 1} cards? left$`))).toBeVisible();
    }
    // Placed cards are folded away behind each bin's count: the bins and the pile fit in one screen.
    await expect(page.getByText('0 cards left')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Take “/ })).toHaveCount(0);
    const board = await page.locator('.da-sort-board').boundingBox();
    expect(board?.height ?? Infinity).toBeLessThanOrEqual(PHONE.height);
    expect(await height()).toBeLessThanOrEqual(start + PHONE.height);
    // A bin opens to show its cards; then all are checked, and right.
    await page.getByRole('button', { name: /cards in “A right”/ }).click();
    await expect(page.getByRole('button', { name: 'Take “Clean air” back' })).toBeVisible();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(page.getByText('You got them all right.').first()).toBeVisible();
  });

  test('a card reached with Tab scrolls clear of the tray', async ({ page }) => {
    await page.goto(EXERCISE_1);
    const cards = page.locator('.da-pile .da-card');
    await cards.first().focus();
    for (let i = 1; i < (await cards.count()); i++) {
      await page.keyboard.press('Tab');
      await expect(cards.nth(i)).toBeFocused();
      const bottom = await cards.nth(i).evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom, `card ${i + 1} above the tray`).toBeLessThanOrEqual(await trayTop(page));
    }
  });

  test('a card dragged onto a bin in the tray lands there, and the page holds still under it', async ({
    page,
  }) => {
    await page.goto(EXERCISE_1);
    const card = page.locator('.da-pile .da-card').first();
    const name = (await card.textContent())?.trim() ?? '';
    const from = await card.boundingBox();
    const bin = page.getByRole('button', { name: 'Put in “A want”' });
    const to = await bin.boundingBox();
    if (!from || !to) throw new Error('no card or bin');
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    // Over the bin, near the bottom of the screen, where a drag elsewhere would scroll the page.
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 6, { steps: 12 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY), 'no scrolling over the tray').toBe(scrolled);
    await expect(page.getByRole('group', { name: 'A want' })).toHaveClass(/da-over/);
    await page.mouse.up();
    await expect(page.getByText('17 cards left')).toBeVisible();
    await page.getByRole('button', { name: '1 card in “A want”' }).click();
    await expect(page.getByRole('group', { name: 'A want' }).getByText(name, { exact: true })).toBeVisible();
  });
});

/** Settings as a grown-up left them on this device (stored, so they hold from the first paint). */
async function settings(page: Page, values: Record<string, unknown>) {
  await page.goto('/en/');
  await page.evaluate((values) => {
    const raw = JSON.parse(localStorage.getItem('sango-state') ?? 'null') as {
      state: { settings: Record<string, unknown> };
    } | null;
    if (!raw) throw new Error('no stored state');
    Object.assign(raw.state.settings, values);
    localStorage.setItem('sango-state', JSON.stringify(raw));
  }, values);
}

test('in a classroom, the tray sits above the teacher’s bar', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await settings(page, { classroom: true });
  await page.goto(EXERCISE_1);
  // The exercise arrives with its route's chunk, after the bar: measure once both are on screen.
  await expect(page.locator('.classroom-bar')).toBeVisible();
  await expect(page.locator('.da-tray')).toBeVisible();
  const bar = await page.locator('.classroom-bar').boundingBox();
  const tray = await page.locator('.da-tray').boundingBox();
  if (!bar || !tray) throw new Error('no classroom bar or tray');
  expect(tray.y).toBeGreaterThanOrEqual(0);
  expect(tray.y + tray.height).toBeLessThanOrEqual(bar.y + 1);
});

for (const locale of ['ar', 'ru']) {
  test(`exercise 3 at 320 px with the largest text, ${locale}: no sideways scrolling, 48 px targets`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await settings(page, { textSize: 'largest' });
    await page.goto(`/${locale}/workbook/private-eye/sharing`);
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    const bins = page.locator('[data-focus^="bin:"]');
    for (let i = 0; i < 3; i++) {
      await page.locator('.da-pile .da-card').first().click();
      await bins.nth(i).click();
    }
    await page.locator('.da-bin-toggle').first().click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'sideways overflow (px)').toBeLessThanOrEqual(0);
    const small = await page.locator('.da-sort-board button').evaluateAll((all) =>
      all
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.width < 48 || r.height < 48))
        .map((r) => `${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small, 'buttons smaller than 48 px').toEqual([]);
  });
}
