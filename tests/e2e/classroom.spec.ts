/**
 * Classroom mode on a projector (1920×1080): the teacher turns a story's pages with presenter keys
 * (PageDown, as a clicker sends), the class votes on lettered options, R reveals the answer (a workbook's one
 * at a time) and brings it into view clear of the bar, the educator notes stay closed until asked for, the
 * type is big enough for the back of the room (36 px), and no seat's progress changes.
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

  // Big type at 1920×1080: body text at least 36 px, headings at least 48 px.
  const size = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('main h1')).toBeGreaterThanOrEqual(48);
  expect(await size('main .reader-text p')).toBeGreaterThanOrEqual(36);

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
  const addBest = page.getByRole('button', { name: '+1 A Take turns with Leo.' });
  await addBest.click();
  await addBest.click();
  await addBest.click();
  await page.getByRole('button', { name: '+1 B Bounce the tablet like a ball!' }).click();
  const vote = (label: string) =>
    page.locator('.vote-option').filter({ hasText: label }).locator('.vote-count');
  await expect(vote('Take turns with Leo.')).toHaveText('3 hands');
  await expect(vote('Bounce the tablet')).toHaveText('1 hand');
  await page.getByRole('button', { name: '−1 A Take turns with Leo.' }).click();
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
    ['/en/workbook/private-eye/sharing', 'Class vote'],
    ['/ar/workbook/be-nice/messages', 'تصويت الفصل'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: ready })).toBeVisible();
    await check(path);
    await page.keyboard.press('Shift+R');
    await check(`${path} (revealed)`);
  }
  await page.keyboard.press('n'); // the Arabic workbook page, with its notes open
  await expect(page.locator('#lesson-notes')).toBeVisible();
  await check('/ar/workbook/be-nice/messages (notes)');
  await page.goto('/en/net-rules/respect');
  await expect(page.getByText('Card 1 of 5').first()).toBeVisible();
  await check('/en/net-rules/respect (a card)');
  expect(found).toEqual([]);
});

/** The lesson's text: paragraphs, list items, options, messages and cards. */
const TEXTS = ':is(p, li, .choice-label, .option-button, .pick-card-text, .pick-bubble-text, .da-card-label)';

/** Every text of the lesson on screen, with its size ("36px This is Amara…"). */
async function textSizes(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(
    (TEXTS) =>
      Array.from(document.querySelectorAll(`main ${TEXTS}`))
        // With words, on screen, the innermost of these (its words are drawn at its size, or a size it
        // sets), and not the class vote's counts and buttons.
        .filter((el) => el.textContent?.trim() && el.getClientRects().length > 0)
        .filter((el) => !el.querySelector(TEXTS) && !el.closest('.vote-tally, .visually-hidden'))
        .map((el) => `${parseFloat(getComputedStyle(el).fontSize)}px ${el.textContent?.trim().slice(0, 30)}`),
    TEXTS,
  );
}

test('projector type: the lesson text is at least 36 px at 1920×1080 on a story, a workbook exercise and a Net Rules question', async ({
  page,
}) => {
  await classroomOn(page);
  const seen: string[] = [];
  for (const [path, ready] of [
    ['/en/storybook/right-to-play/1', /This is Amara\./],
    ['/en/storybook/right-to-play/4', /What should Amara do\?/],
    ['/en/workbook/be-nice/messages', /Which message is kinder\?/],
    ['/en/workbook/know-your-rights/rights-or-wants', /18 cards left/],
    ['/en/net-rules/level-1', /Question 1 of 8/],
    ['/ru/net-rules/level-1', /Вопрос 1 из 8/],
    ['/ar/workbook/truth-or-lie/trust', /صح/],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(ready).first()).toBeVisible();
    const sizes = await textSizes(page);
    expect(sizes.length, path).toBeGreaterThan(0);
    seen.push(...sizes.map((s) => `${path}: ${s}`));
    // The figure for the record: the smallest lesson text on each page.
    const smallest = Math.min(...sizes.map((s) => parseFloat(s)));
    test.info().annotations.push({ type: 'smallest text', description: `${path}: ${smallest}px` });
  }
  const small = seen.filter((s) => parseFloat(s.split(': ')[1] ?? '') < 36);
  expect(small).toEqual([]);
});

/** The element is on screen and clear of the fixed classroom bar (once a smooth scroll has ended). */
async function inViewClearOfBar(
  page: import('@playwright/test').Page,
  target: import('@playwright/test').Locator,
) {
  const barTop = (await page.locator('.classroom-bar').boundingBox())?.y ?? 0;
  await expect
    .poll(async () => {
      const box = await target.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= barTop;
    })
    .toBe(true);
}

test('a workbook lesson: notes only on N, a class vote, one answer per R in view above the bar, Shift+R for all', async ({
  page,
}) => {
  await classroomOn(page);
  await page.goto('/en/workbook/know-your-rights/rights-or-wants');
  await expect(page.getByText('18 cards left')).toBeVisible();
  // The notes hold the solutions: closed, and the exercise has the screen.
  await expect(page.getByRole('region', { name: 'Educator notes' })).toHaveCount(0);
  const width = async () => (await page.locator('article.part-page').boundingBox())?.width ?? 0;
  expect(await width()).toBeGreaterThan(1500);
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Educator notes' })).toBeVisible();
  expect(await width()).toBeLessThan(1200);
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Educator notes' })).toHaveCount(0);

  // The class votes on the bins; the answers come one card at a time.
  await expect(page.getByRole('button', { name: '+1 A right' })).toBeVisible();
  await expect(page.getByRole('button', { name: '+1 A want' })).toBeVisible();
  const lines = page.locator('.classroom-answer-list li');
  await page.keyboard.press('r');
  await expect(lines).toHaveCount(1);
  await inViewClearOfBar(page, lines.last());
  await page.keyboard.press('r');
  await expect(lines).toHaveCount(2);
  await expect(page.locator('.classroom-bar')).toContainText('2/18');
  await page.keyboard.press('Shift+R');
  await expect(lines).toHaveCount(18);
  await inViewClearOfBar(page, lines.last());
  await page.keyboard.press('r');
  await expect(lines).toHaveCount(0);
});

test('a reveal brings the answer into view above the bar: every Level 1 question, a story choice; a card has no Reveal', async ({
  page,
}) => {
  // One fixed order of the options (the round's seed comes from Math.random), so the check is the same each run.
  await page.addInitScript(() => {
    Math.random = () => 0.5;
  });
  await classroomOn(page);
  await page.goto('/en/net-rules/level-1');
  for (let q = 1; q <= 8; q++) {
    await expect(page.getByText(`Question ${q} of 8`)).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('r');
    await inViewClearOfBar(page, page.locator('.option.helps'));
    await page.keyboard.press('PageDown');
  }
  await page.goto('/en/storybook/right-to-play/4');
  await expect(page.getByRole('heading', { name: 'Class vote' })).toBeVisible();
  await page.keyboard.press('r');
  await inViewClearOfBar(page, page.locator('.choice-feedback .reaction'));

  await page.goto('/en/net-rules/respect');
  await expect(page.getByText('Card 1 of 5').first()).toBeVisible();
  await expect(page.locator('.classroom-bar')).toBeVisible();
  await expect(page.getByRole('button', { name: /reveal|hide answer/i })).toHaveCount(0);
});

test('in Arabic the vote reads "+1", not "1+", and the options are lettered أ، ب', async ({ page }) => {
  await classroomOn(page);
  await page.goto('/ar/storybook/right-to-play/4');
  await expect(page.getByRole('heading', { name: 'تصويت الفصل' })).toBeVisible();
  // Where each character of "+1" and "−1" is drawn: the sign must be left of the digit, as in maths.
  const order = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((button) => {
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        const text = walker.nextNode() as Text;
        const x = (i: number) => {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          return range.getBoundingClientRect().x;
        };
        return x(0) < x(1) ? 'sign first' : 'digit first';
      });
  expect(await order('.vote-add')).toBe('sign first');
  expect(await order('.vote-remove')).toBe('sign first');
  await expect(page.locator('.choice-option .option-letter')).toHaveText(['أ', 'ب']);
});
