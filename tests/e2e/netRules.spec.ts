import { test, expect, serviceWorkerReady } from './fixtures.ts';
import { rules } from './contentFacts.ts';
import { answerRight } from './netRulesPlay.ts';

test('Level 1 plays one question per rule and points to the rules to explore first', async ({ page }) => {
  const all = rules();
  expect(all).toHaveLength(8);
  await page.goto('/en/net-rules/');
  await page.getByRole('link', { name: 'Start Level 1' }).click();
  for (const [i, rule] of all.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 8`)).toBeVisible();
    const quick = rule.questions.find((q) => q.quick);
    // Answer the first two wrong on purpose, the rest right.
    const buttons = page.locator('.option-button');
    if (i < 2)
      await buttons
        .filter({ hasNotText: quick?.right[0] ?? '' })
        .first()
        .click();
    else await page.getByRole('button', { name: quick?.right[0] ?? '', exact: true }).click();
    await page.getByRole('button', { name: i === 7 ? 'See my result' : 'Next question' }).click();
  }
  await expect(page.getByText('You got 6 of 8 right.')).toBeVisible();
  await expect(page.locator('.explore-list li')).toHaveText([all[0]?.title ?? '', all[1]?.title ?? '']);
});

test('offline, a Level 2 rule is played to its badge, and the badge is still there after a reload', async ({
  page,
  context,
}) => {
  const rule = rules()[2];
  if (!rule) throw new Error('no rule');
  await page.goto('/en/');
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.goto(`/en/net-rules/${rule.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rule.title);
  // The explainer: move through the cards with the keyboard.
  await page.getByRole('button', { name: 'Next card' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Card 2 of')).toBeVisible();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (const [i, q] of rule.questions.entries()) {
    await answerRight(page, q);
    await page
      .getByRole('button', { name: i === rule.questions.length - 1 ? 'See my result' : 'Next question' })
      .click();
  }
  await expect(page.getByText('Badge earned!')).toBeVisible();
  await page.reload();
  await page.goto('/en/net-rules/');
  await expect(page.getByRole('img', { name: `Badge earned: ${rule.title}` })).toBeVisible();
  await expect(page.getByText('1 of 8 badges')).toBeVisible();
  await context.setOffline(false);
});

test('with all eight badges, the result card downloads as a PNG made on the device', async ({ page }) => {
  await page.goto('/en/');
  // Eight earned badges, as a teen who finished Level 2 would have them.
  await page.evaluate(
    (ids) => {
      const raw = JSON.parse(localStorage.getItem('sango-state') ?? 'null') as {
        version: number;
        state: { progress: Record<string, { rules: Record<string, unknown> }> };
      } | null;
      if (!raw) throw new Error('no stored state');
      const seat = raw.state.progress['seat-1'] ?? {
        stories: {},
        exercises: {},
        rules: {},
        quick: null,
        level1: null,
      };
      seat.rules = Object.fromEntries(ids.map((id) => [id, { best: 1, badge: true }]));
      raw.state.progress['seat-1'] = seat;
      localStorage.setItem('sango-state', JSON.stringify(raw));
    },
    rules().map((r) => r.id),
  );
  await page.goto('/en/net-rules/');
  await expect(page.getByText('8 of 8 badges')).toBeVisible();
  await page.getByRole('link', { name: 'Make your result card' }).click();
  await page.getByLabel('Name on the card (optional)').fill('Aiko');
  await expect(page.locator('svg').filter({ hasText: 'Aiko' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a picture' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('sango-net-rules.png');
  const bytes = await (await import('node:fs/promises')).readFile((await file.path()) ?? '');
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]); // PNG signature
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain('Aiko');
});
