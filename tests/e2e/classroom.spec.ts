/**
 * Classroom mode on a projector (1920×1080): the teacher turns a story's pages with presenter keys
 * (PageDown, as a clicker sends), the class votes on the choice, R reveals the kind answer, the type is
 * big enough for the back of the room, and no seat's progress changes.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, animationsSettled } from './fixtures.ts';

test.use({ viewport: { width: 1920, height: 1080 } });

/** Turns classroom mode on through the stored settings, as a teacher's earlier visit would have left it. */
async function classroomOn(page: import('@playwright/test').Page) {
  await page.goto('/en/');
  await page.evaluate(() => {
    const raw = JSON.parse(localStorage.getItem('sango-state') ?? 'null') as Stored | null;
    if (!raw) throw new Error('no stored state');
    raw.state.settings.classroom = true;
    localStorage.setItem('sango-state', JSON.stringify(raw));
  });
}

interface Stored {
  version: number;
  state: { settings: { classroom: boolean }; progress: Record<string, unknown> };
}

test('a teacher projects story 1: PageDown turns pages, the class votes, R reveals, nothing is saved', async ({
  page,
}) => {
  await page.goto('/en/');
  // Classroom mode on, on a device where a child has already read a little (that must stay as it was).
  const before = await page.evaluate(() => {
    const raw = JSON.parse(localStorage.getItem('sango-state') ?? 'null') as Stored | null;
    if (!raw) throw new Error('no stored state');
    raw.state.settings.classroom = true;
    raw.state.progress['seat-1'] = {
      stories: { 'right-to-play': { step: 1, choice: null, done: false } },
      exercises: {},
      rules: {},
      quick: null,
    };
    localStorage.setItem('sango-state', JSON.stringify(raw));
    return raw.state.progress;
  });
  await page.goto('/en/storybook/right-to-play/1');
  await expect(page.locator('html')).toHaveAttribute('data-classroom', 'on');
  await expect(page.getByText(/This is Amara\./)).toBeVisible();

  // Big type at 1920×1080: body text at least 28 px, headings at least 48 px.
  const size = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('main h1')).toBeGreaterThanOrEqual(48);
  expect(await size('main .reader-text p')).toBeGreaterThanOrEqual(28);

  // A clicker's PageDown turns the pages, one at a time.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/right-to-play\/2$/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/right-to-play\/3$/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/\/right-to-play\/2$/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/right-to-play\/4$/);
  await expect(page.getByText('What should Amara do?')).toBeVisible();

  // The class votes; the kind answer stays hidden until the teacher presses R.
  await expect(page.getByRole('heading', { name: 'Class vote' })).toBeVisible();
  const bestReaction = page.getByText(/Now they both play, and it is fun\./);
  await expect(bestReaction).toBeHidden();
  const addBest = page.getByRole('button', { name: '+1 Take turns with Leo.' });
  await addBest.click();
  await addBest.click();
  await addBest.click();
  await page.getByRole('button', { name: '+1 Bounce the tablet like a ball!' }).click();
  const vote = (label: string) =>
    page.locator('.vote-option').filter({ hasText: label }).locator('.vote-count');
  await expect(vote('Take turns with Leo.')).toHaveText('3 hands');
  await expect(vote('Bounce the tablet')).toHaveText('1 hand');
  await page.getByRole('button', { name: '−1 Take turns with Leo.' }).click();
  await expect(vote('Take turns with Leo.')).toHaveText('2 hands');
  expect(await size('.vote-number')).toBeGreaterThanOrEqual(48);

  // Focus is on a vote button; R still reveals (it is not a key a button needs).
  await page.keyboard.press('r');
  await expect(bestReaction).toBeVisible();
  await expect(page.locator('.choice-option[data-best]')).toContainText('Take turns with Leo.');
  await expect(page.getByText('The kind choice')).toBeVisible();
  await expect(vote('Take turns with Leo.')).toHaveText('2 hands');

  // The choice never blocks the teacher: on to the end of the story.
  await page.locator('main h1').click(); // off the buttons, so Space means "next"
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/right-to-play\/5$/);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/right-to-play\/6$/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/right-to-play\/end$/);

  // No seat's progress changed: no page, no choice, no star recorded.
  const after = await page.evaluate(
    () => (JSON.parse(localStorage.getItem('sango-state') ?? 'null') as Stored).state,
  );
  expect(after.progress).toEqual(before);
  expect(after.settings.classroom).toBe(true);
});

test('classroom pages, hidden and revealed, have no serious or critical axe violation', async ({ page }) => {
  await classroomOn(page);
  const found: string[] = [];
  const check = async (what: string) => {
    await animationsSettled(page); // contrast is measured at rest, not mid reveal
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of violations)
      if (v.impact === 'serious' || v.impact === 'critical')
        found.push(`${what}: ${v.id} (${v.nodes.length})`);
  };
  for (const [path, ready] of [
    ['/en/storybook/right-to-play/4', 'Class vote'],
    ['/en/net-rules/level-1', 'Class vote'],
    ['/en/workbook/private-eye/sharing', 'Educator notes'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: ready })).toBeVisible();
    await check(path);
    await page.keyboard.press('r');
    await check(`${path} (revealed)`);
  }
  await page.goto('/en/net-rules/respect');
  await expect(page.getByText('Card 1 of 5').first()).toBeVisible();
  await check('/en/net-rules/respect (a card)');
  expect(found).toEqual([]);
});
