import { test, expect, serviceWorkerReady } from './fixtures.ts';

test('the root goes to the browser language and the home page shows three tiers', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello! I am Sango.');
  const cards = page.locator('.tier-cards li');
  await expect(cards).toHaveCount(3);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});

test('a deep link renders after a reload', async ({ page }) => {
  await page.goto('/en/storybook/right-to-play/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amara and Leo Take Turns');
  await expect(page.getByText('only one tablet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('only one tablet')).toBeVisible();
});

test('an unknown page shows a way home', async ({ page }) => {
  await page.goto('/fr/nowhere/at/all');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .locator('main')
    .getByRole('link', { name: /accueil/i })
    .click();
  await expect(page).toHaveURL(/\/fr\/$/);
});

test('switching to Arabic sets right-to-left, and the choice is remembered for "/"', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.goto('/');
  await expect(page).toHaveURL(/\/ar\/$/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('after the service worker is ready, a deep link opens offline', async ({ page, context }) => {
  await page.goto('/en/');
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.goto('/ru/storybook/right-to-play/3');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/ar/storybook/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.cover')).toHaveCount(6);
  await context.setOffline(false);
});
