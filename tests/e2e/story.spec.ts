import { test, expect, serviceWorkerReady } from './fixtures.ts';

test('a child reads story 1 from cover to star, and the star survives a reload', async ({ page }) => {
  await page.goto('/en/storybook/');
  await page.getByRole('link', { name: /Amara and Leo Take Turns/ }).click();
  await expect(page).toHaveURL(/\/en\/storybook\/right-to-play\/1$/);
  const next = page.getByRole('button', { name: 'Next page' });
  for (let i = 0; i < 3; i++) await next.click();
  await expect(page.getByText('What should Amara do?')).toBeVisible();
  await expect(next).toBeDisabled(); // the story goes on once the kind choice is found

  await page.getByRole('button', { name: 'Ask Sango for a hint' }).click();
  await expect(page.getByText(/Games are more fun with a friend/)).toBeVisible();
  await page.getByRole('button', { name: /Bounce the tablet/ }).click();
  await expect(page.getByText(/That is silly/)).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: /Take turns with Leo/ }).click();
  await expect(page.getByText(/Now they both play/)).toBeVisible();

  // Keyboard turns pages too.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/Taking turns is fair/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/What games do you like to play/)).toBeVisible();
  await next.click();
  await expect(page).toHaveURL(/\/right-to-play\/end$/);
  await expect(page.getByText('You earned a star for this story.')).toBeVisible();

  await page.getByRole('link', { name: 'Back to the stories' }).click();
  await page.reload();
  await expect(page.getByRole('img', { name: 'Finished' })).toBeVisible();

  // What the device keeps: one key, holding ids, numbers and flags only; no cookies.
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  expect(Object.keys(stored)).toEqual(['sango-state']);
  const state = JSON.parse(stored['sango-state'] ?? '{}') as { state: { progress: unknown } };
  expect(state.state.progress).toEqual({
    'seat-1': {
      stories: { 'right-to-play': { step: 6, choice: 'take-turns', done: true } },
      exercises: {},
      rules: {},
      quick: null,
      level1: null,
    },
  });
  expect(await page.context().cookies()).toEqual([]);
});

test('reopening a story resumes on the page the child left', async ({ page }) => {
  await page.goto('/en/storybook/right-to-play/2');
  await expect(page.getByText('only one tablet')).toBeVisible();
  await page.goto('/en/storybook/');
  await page.getByRole('link', { name: /Amara and Leo Take Turns/ }).click();
  await expect(page).toHaveURL(/\/right-to-play\/2$/);
});

test('offline, a child reads a whole story to its star, and the star is still there after a reload', async ({
  page,
  context,
}) => {
  await page.goto('/en/');
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.goto('/en/storybook/');
  await page.getByRole('link', { name: /Mei Turns It Over/ }).click();
  const next = page.getByRole('button', { name: 'Next page' });
  // Turn pages until the choice stops the story, choose the kind option, then read on to the end.
  while (await next.isEnabled()) await next.click();
  await page.getByRole('button', { name: 'Turn the tablet over and tell Grandpa.' }).click();
  while (await next.isEnabled()) await next.click();
  await expect(page.getByText('You earned a star for this story.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the stories' }).click();
  await page.reload();
  await expect(
    page.getByRole('link', { name: /Mei Turns It Over/ }).getByRole('img', { name: 'Finished' }),
  ).toBeVisible();
  await context.setOffline(false);
});

test('the page for grown-ups lists every story with its kind choice', async ({ page }) => {
  await page.goto('/en/storybook/');
  // The guide's own link (not the header's "For grown-ups"), which appears once the shelf has loaded.
  await page.getByRole('link', { name: /reading this book together/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'For grown-ups: reading this book together',
  );
  const answers = page.locator('.answer');
  await expect(answers).toHaveCount(6);
  await expect(answers.first()).toContainText('Take turns with Leo.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const locale of ['en', 'ru', 'ar']) {
    test(`${locale}: both choices fit one screen, and Sango's reaction comes into view after a tap`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/storybook/right-to-play/4`);
      const options = page.locator('.choice-options button');
      await expect(options).toHaveCount(2);
      for (const option of await options.all()) await expect(option).toBeInViewport({ ratio: 1 });
      // Whichever the child taps first (the silly one asks to try again), the reaction is on screen.
      for (const i of [0, 1]) {
        await options.nth(i).click();
        await expect(page.locator('.reaction')).toBeInViewport({ ratio: 1 });
        const again = page.locator('.reaction button');
        if (await again.count()) await again.click();
      }
      await expect(page.locator('.reader-nav button').last()).toBeInViewport();
    });
  }
});

test('the choices keep their order through a reload, mid-attempt', async ({ page }) => {
  await page.goto('/en/storybook/right-to-play/4');
  const labels = page.locator('.choice-options .choice-label');
  await expect(labels).toHaveCount(2);
  const before = await labels.allTextContents();
  await page.getByRole('button', { name: /Bounce the tablet/ }).click();
  await expect(page.getByText(/That is silly/)).toBeVisible();
  await page.reload();
  await expect(labels).toHaveCount(2);
  expect(await labels.allTextContents()).toEqual(before);
  await expect(page.getByRole('button', { name: /Bounce the tablet/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
