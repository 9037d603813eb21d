/**
 * A path whose percent escapes cannot be decoded (`%ff` is not UTF-8, `%E0%A4%A` stops half-way, `%` alone) is
 * a "not found" page inside the app's shell, never a white page: online from the server, and offline from the
 * service worker, which answers every page address with the shell.
 */
import type { Page } from '@playwright/test';
import { test, expect, serviceWorkerReady } from './fixtures.ts';

const BROKEN = ['/en/%ff', '/en/%E0%A4%A', '/en/%', '/en/storybook/%E0%A4%A/2'];

async function expectNotFoundInShell(page: Page, path: string, errors: string[]) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }), path).toHaveText("We can't find this page");
  await expect(page.getByRole('navigation').getByRole('link', { name: 'For grown-ups' }), path).toBeVisible();
  await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  expect(errors, path).toEqual([]);
}

test('a path with a broken escape is "not found" inside the shell, online and offline', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const path of BROKEN) await expectNotFoundInShell(page, path, errors);

  await page.goto('/en/');
  await serviceWorkerReady(page);
  await context.setOffline(true);
  for (const path of BROKEN) await expectNotFoundInShell(page, path, errors);
  await context.setOffline(false);
});
