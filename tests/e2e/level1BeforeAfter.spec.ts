/**
 * What a teen learned, in the production build: Level 1, a rule's Level 2, Level 1 again; the Net Rules home
 * shows the first and the latest result (overall and per rule, also in Arabic), and the device keeps a mark
 * per rule and a count of rounds, never an option chosen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, animationsSettled } from './fixtures.ts';
import { rules } from './contentFacts.ts';
import { answerRight } from './netRulesPlay.ts';

const all = rules();

/** axe on the Level 1 section (the before and after): nothing serious or critical, contrast included. */
async function axeOnLevel1(page: Page): Promise<string[]> {
  await animationsSettled(page);
  const { violations } = await new AxeBuilder({ page })
    .include('.nr-level')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Plays Level 1 from its first question: the right answer where `right(i)`, a wrong one elsewhere. */
async function playLevel1(page: Page, right: (i: number) => boolean) {
  for (const [i, rule] of all.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 8`)).toBeVisible();
    const best = rule.questions.find((q) => q.quick)?.right[0] ?? '';
    if (right(i)) await page.getByRole('button', { name: best, exact: true }).click();
    else await page.locator('.option-button').filter({ hasNotText: best }).first().click();
    await page.getByRole('button', { name: i === 7 ? 'See my result' : 'Next question' }).click();
  }
}

test('Level 1, a rule of Level 2, Level 1 again: the home shows before and after, and storage holds marks only', async ({
  page,
}) => {
  expect(all).toHaveLength(8);
  const firstRight = (i: number) => i >= 5; // 3 of 8
  const latestRight = (i: number) => i !== 0; // 7 of 8
  await page.goto('/en/net-rules/');
  await page.getByRole('link', { name: 'Start Level 1' }).click();
  await playLevel1(page, firstRight);
  await expect(page.getByText('You got 3 of 8 right.')).toBeVisible();
  await page.getByRole('link', { name: 'All rules' }).click();
  await expect(page.getByRole('heading', { name: 'Before and after' })).toHaveCount(0);

  // Level 2: a rule missed in Level 1, played to its badge.
  const rule = all[2];
  if (!rule) throw new Error('no rule');
  await page.getByRole('link', { name: new RegExp(rule.title) }).click();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (const [i, q] of rule.questions.entries()) {
    await answerRight(page, q);
    const last = i === rule.questions.length - 1;
    await page.getByRole('button', { name: last ? 'See my result' : 'Next question' }).click();
  }
  await expect(page.getByText('Badge earned!')).toBeVisible();
  await page.getByRole('link', { name: 'All rules' }).first().click();
  await expect(page.getByText(/Done some rules in Level 2\? Play Level 1 again/)).toBeVisible();

  await page.getByRole('link', { name: 'Play Level 1 again' }).click();
  await playLevel1(page, latestRight);
  await expect(page.getByText('You got 7 of 8 right.')).toBeVisible();
  await expect(page.getByText('Your first time: 3 of 8.')).toBeVisible();
  await page.getByRole('link', { name: 'All rules' }).click();

  const learned = page.getByRole('region', { name: 'Before and after' });
  await expect(learned.locator('.nr-learned-score')).toHaveText([/First time\s*3 of 8/, /Latest\s*7 of 8/]);
  const rows = learned.locator('tbody tr');
  await expect(rows).toHaveCount(8);
  for (const [i, r] of all.entries()) {
    await expect(rows.nth(i).getByRole('rowheader')).toHaveText(r.title);
    await expect(rows.nth(i).getByRole('cell')).toHaveText([
      firstRight(i) ? 'Right' : 'Missed',
      latestRight(i) ? 'Right' : 'Missed',
    ]);
  }
  await expect(page.getByText(/Done some rules in Level 2/)).toHaveCount(0);
  expect(await axeOnLevel1(page)).toEqual([]);

  // Storage: one key; for Level 1, a mark per rule and a count of rounds; no option id anywhere.
  const local = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  expect(Object.keys(local)).toEqual(['sango-state']);
  const stored = local['sango-state'] ?? '';
  const seat = (JSON.parse(stored) as { state: { progress: Record<string, Record<string, unknown>> } }).state
    .progress['seat-1'];
  expect(seat?.level1).toEqual({
    rounds: 2,
    marks: Object.fromEntries(all.map((r, i) => [r.id, { first: firstRight(i), latest: latestRight(i) }])),
  });
  expect(seat?.quick).toEqual({ missed: [all[0]?.id], total: 8 });
  const quickOptions = all.flatMap((r) => r.questions.filter((q) => q.quick).flatMap((q) => q.options));
  expect(quickOptions.length).toBeGreaterThanOrEqual(16);
  for (const id of quickOptions) expect(stored).not.toContain(`"${id}"`);
  for (const r of all)
    for (const q of r.questions) for (const words of q.right) expect(stored).not.toContain(words);
  expect(stored).not.toMatch(/"(answer|choice|option)s?":\s*"/);

  // The same before and after in Arabic, after switching language in the app (home, then back to Net Rules).
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'العربية' }).click();
  await page.locator('a[href="/ar/net-rules/"]').first().click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const arabic = page.getByRole('region', { name: 'قبل وبعد' });
  await expect(arabic.locator('.nr-learned-score')).toHaveText([
    /المرة الأولى\s*3 من 8/,
    /المرة الأخيرة\s*7 من 8/,
  ]);
  await expect(arabic.locator('tbody tr')).toHaveCount(8);
  expect(await axeOnLevel1(page)).toEqual([]);
});
