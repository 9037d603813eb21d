/**
 * The idle hand-over on a shared school tablet, with the browser's clock moved forward instead of waiting.
 * After the idle time: no seat is active until the next child picks one (the header says so, and nothing is
 * saved to the last child's seat), Back cannot bring back the last child's pages (not even after a reload),
 * and the grown-ups gate is closed again.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** A school tablet: the fox was learning (a badge, a story half read) when the owl's turn comes. */
const SCHOOL = {
  version: 2,
  state: {
    settings: {
      locale: 'en',
      textSize: 'normal',
      motion: 'reduce',
      highContrast: false,
      dyslexiaFont: false,
      narrationRate: 1,
      timer: null,
      mode: 'school',
      idleMinutes: 5,
      classroom: false,
    },
    seats: {
      list: [
        { id: 'seat-1', animal: 'owl', colour: 'teal' },
        { id: 'seat-2', animal: 'fox', colour: 'orange' },
      ],
      active: 'seat-2',
    },
    progress: {
      'seat-1': { stories: {}, exercises: {}, rules: {}, quick: null },
      'seat-2': {
        stories: { 'right-to-play': { step: 3, choice: null, done: false } },
        exercises: {},
        rules: { 'you-have-rights': { best: 1, badge: true } },
        quick: null,
      },
    },
  },
};

interface Stored {
  state: {
    seats: { active: string | null };
    progress: Record<string, { stories: Record<string, { step: number }> }>;
  };
}
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('sango-state') ?? 'null') as Stored);
const seatButton = (page: Page) => page.getByRole('banner').getByRole('link', { name: /seat/i });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('after the idle time: no seat is active, Back shows no earlier page, the gate is closed', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/en/');
  await page.evaluate((state) => {
    localStorage.setItem('sango-state', JSON.stringify(state));
    sessionStorage.setItem('sango-grown-ups', 'open'); // a teacher opened the grown-ups area earlier
  }, SCHOOL);

  // The fox reads a story, looks at the grown-ups area (still open), then at their badges.
  await page.goto('/en/storybook/right-to-play/4');
  await expect(seatButton(page)).toHaveAccessibleName('Change seat (now: Orange fox)');
  await page.getByRole('navigation').getByRole('link', { name: 'For grown-ups' }).click();
  await expect(page.getByRole('link', { name: /Export, import or erase progress/ })).toBeVisible();
  await page.goto('/en/net-rules/');
  await expect(heading(page)).toHaveText('Net Rules challenge');

  await page.clock.fastForward('05:01');
  await expect(page).toHaveURL(/\/en\/seats$/);
  await expect(heading(page)).toHaveText('Who is learning?');
  await expect(seatButton(page)).toHaveAccessibleName('Pick your seat');
  expect((await stored(page)).state.seats.active).toBeNull();
  expect(await page.evaluate(() => sessionStorage.getItem('sango-grown-ups'))).toBeNull();

  // Back, again and again: never the fox's pages, only "Who is learning?" (a reload changes nothing).
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/seats$/);
  await expect(heading(page)).toHaveText('Who is learning?');
  await page.reload();
  await expect(heading(page)).toHaveText('Who is learning?');
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/seats$/);
    await expect(heading(page)).toHaveText('Who is learning?');
  }
  await expect(page.getByText('You have rights online')).toHaveCount(0);

  // Before a child picks a seat, a learning page asks who is learning first, and saves nothing.
  await page.goto('/en/storybook/right-to-play/2');
  await expect(heading(page)).toHaveText('Who is learning?');

  // The grown-ups area asks for the hold again.
  await page.getByRole('navigation').getByRole('link', { name: 'For grown-ups' }).click();
  await expect(page.getByRole('button', { name: 'Press and hold to open' })).toBeVisible();

  // The owl picks their seat: their work is theirs, the fox's is untouched.
  await seatButton(page).click();
  await page
    .getByRole('main')
    .getByRole('button', { name: /Teal owl/ })
    .click();
  await expect(seatButton(page)).toHaveAccessibleName('Change seat (now: Teal owl)');
  await page.goto('/en/storybook/right-to-play/2');
  await expect(page.getByText('only one tablet')).toBeVisible();
  const after = await stored(page);
  expect(after.state.seats.active).toBe('seat-1');
  expect(after.state.progress['seat-1']?.stories['right-to-play']?.step).toBe(1);
  // The fox's progress as it was (stored now in the current version: no Level 1 marks, as no quick round).
  expect(after.state.progress['seat-2']).toEqual({ ...SCHOOL.state.progress['seat-2'], level1: null });
});
