/**
 * Answers a Net Rules question right at the first try, whatever its kind, as a teen would: a choice is one tap,
 * choose-all ticks every right option, a chat taps every red flag, and an order moves each step up into its
 * place with the move buttons; the last three then "Check my answers". `press` is how a control is used (a
 * click, or focus and Enter for the keyboard-only test).
 */
import type { Locator, Page } from '@playwright/test';
import type { RuleQuestion } from './contentFacts.ts';

export type Press = (control: Locator) => Promise<void>;

export const click: Press = (control) => control.click();

export async function answerRight(page: Page, question: RuleQuestion, press: Press = click): Promise<void> {
  const check = () => press(page.getByRole('button', { name: 'Check my answers' }));
  switch (question.type) {
    case 'choice':
      return press(page.getByRole('button', { name: question.right[0] ?? '', exact: true }));
    case 'multi':
      for (const label of question.right)
        await press(page.getByRole('checkbox', { name: label, exact: true }));
      return check();
    case 'chat':
      for (const label of question.right) await press(page.getByRole('button', { name: label, exact: true }));
      return check();
    case 'order':
      await putInOrder(page, question.right, press);
      return check();
  }
}

/** The steps as they stand, read from their "Move … up" buttons, which follow the list's order. */
async function stepsNow(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('button', { name: /^Move “.+” up$/ })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
  return names.map((name) => /^Move “(.+)” up$/.exec(name.trim())?.[1] ?? name);
}

async function putInOrder(page: Page, order: readonly string[], press: Press): Promise<void> {
  for (const [place, step] of order.entries()) {
    const from = (await stepsNow(page)).indexOf(step);
    if (from < 0) throw new Error(`step not on screen: ${step}`);
    for (let i = from; i > place; i--)
      await press(page.getByRole('button', { name: `Move “${step}” up`, exact: true }));
  }
}
