/**
 * Keyboard only, no pointer: a child reaches and completes one story, one exercise (a sort, the keyboard
 * alternative to dragging) and one Level 2 rule with Tab, Enter, Space and arrows. Every control on the way
 * must be reachable by Tab and show where the focus is.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { rules, sortExercise } from './contentFacts.ts';
import { answerRight } from './netRulesPlay.ts';

/** Presses Tab until `target` has the focus (at most `max` times), and checks the focus can be seen. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) {
      // A box in a card shows its focus on the whole card (its label), so the card is what must show it.
      const ring = await target.evaluate((el) => {
        const shown =
          el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.closest('label') ?? el) : el;
        const s = getComputedStyle(shown);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      });
      expect(ring, 'a visible focus ring').toBe(true);
      return;
    }
  }
  throw new Error(`${target.toString()} was not reached with ${max} presses of Tab`);
}

async function activate(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test('a story, from the home page to its star, with the keyboard only', async ({ page }) => {
  await page.goto('/en/');
  await activate(page, page.getByRole('link', { name: /Online with Sango/ }));
  await activate(page, page.getByRole('link', { name: /Amara and Leo Take Turns/ }));
  await expect(page).toHaveURL(/\/en\/storybook\/right-to-play\/1$/);
  const next = page.getByRole('button', { name: 'Next page' });
  for (let i = 0; i < 3; i++) await activate(page, next);
  await expect(page.getByText('What should Amara do?')).toBeVisible();
  await activate(page, page.getByRole('button', { name: /Take turns with Leo/ }));
  await expect(page.getByText(/Now they both play/)).toBeVisible();
  // Three more pages (together, play is a right, talk about it), then the end.
  for (let i = 0; i < 4; i++) await activate(page, next);
  await expect(page.getByText('You earned a star for this story.')).toBeVisible();
});

test('a sort exercise, every card placed with the keyboard only', async ({ page }) => {
  const { cards } = sortExercise('07-anti-virus.md', 'shields');
  await page.goto('/en/workbook/anti-virus/shields');
  for (const card of cards) {
    await activate(page, page.getByRole('button', { name: card.label, exact: true }), ' ');
    await expect(page.getByRole('button', { name: card.label, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Picking a card moves the focus to the first bin, so the next Tab stops are the bins.
    await activate(page, page.getByRole('button', { name: `Put in “${card.bin}”` }));
  }
  // After the last card the focus waits on "Check my answers".
  await expect(page.getByRole('button', { name: 'Check my answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('You got them all right.').first()).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'Back to the module' }));
  await expect(page.getByRole('link', { name: /^Exercise 12 .* Done$/ })).toBeVisible();
});

test('a Level 2 rule, from its cards to its badge, with the keyboard only', async ({ page }) => {
  const rule = rules()[0];
  if (!rule) throw new Error('no rule');
  await page.goto('/en/net-rules/');
  await activate(page, page.getByRole('link', { name: new RegExp(rule.title) }).first());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rule.title);
  await activate(page, page.getByRole('button', { name: 'Next card' }));
  await expect(page.getByText('Card 2 of')).toBeVisible();
  await activate(page, page.getByRole('button', { name: 'Start the questions' }));
  for (const [i, q] of rule.questions.entries()) {
    // Ticking a box is Space; every other control here is a button, used with Enter.
    await answerRight(page, q, (control) =>
      control
        .getAttribute('type')
        .then((type) => activate(page, control, type === 'checkbox' ? 'Space' : 'Enter')),
    );
    const last = i === rule.questions.length - 1;
    await activate(page, page.getByRole('button', { name: last ? 'See my result' : 'Next question' }));
  }
  await expect(page.getByText('Badge earned!')).toBeVisible();
});
