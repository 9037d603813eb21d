import { test, expect } from './fixtures.ts';

test('two seats on one device keep separate progress', async ({ page }) => {
  // Seat 1 reads a story to page 3.
  await page.goto('/en/storybook/right-to-play/3');
  await expect(page.getByText(/My turn!/)).toBeVisible();

  // A grown-up gives a second child a seat of their own (seats are added behind the grown-ups gate).
  await page.evaluate(() => sessionStorage.setItem('sango-grown-ups', 'open'));
  await page.goto('/en/seats');
  await page.getByRole('link', { name: 'Add or remove seats (for grown-ups)' }).click();
  await page.getByRole('button', { name: 'Add a seat' }).click();
  await page.getByRole('button', { name: 'Fox' }).click();
  await page.getByRole('button', { name: 'Orange' }).click();
  await page
    .getByRole('button', { name: /Orange fox/ })
    .first()
    .click();

  // The story starts from the beginning for them, and the header shows who is learning.
  await page.goto('/en/storybook/');
  await page.getByRole('link', { name: /Amara and Leo Take Turns/ }).click();
  await expect(page).toHaveURL(/\/right-to-play\/1$/);
  await expect(page.getByRole('link', { name: /Orange fox/ })).toBeVisible();

  // Back to the first seat: their place is kept.
  await page.goto('/en/seats');
  await page
    .getByRole('button', { name: /Teal owl/ })
    .first()
    .click();
  await page.goto('/en/storybook/');
  await page.getByRole('link', { name: /Amara and Leo Take Turns/ }).click();
  await expect(page).toHaveURL(/\/right-to-play\/3$/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sango-state') ?? '{}'));
  expect(Object.keys(stored.state.progress).sort()).toEqual(['seat-1', 'seat-2']);
  expect(stored.state.progress['seat-2'].stories['right-to-play']?.step ?? 0).toBe(0);
  expect(stored.state.progress['seat-1'].stories['right-to-play'].step).toBe(2);
});

test('a fresh start in school mode asks who is learning', async ({ page }) => {
  // School mode is a grown-up's choice, behind the gate; the seats page offers no such switch.
  await page.goto('/en/seats');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who is learning?');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await page.evaluate(() => sessionStorage.setItem('sango-grown-ups', 'open'));
  await page.goto('/en/grown-ups/');
  await page.getByRole('radio', { name: /At school/ }).check();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/seats$/);
});
