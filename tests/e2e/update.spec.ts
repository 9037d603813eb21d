/**
 * Updates are safe. Version A (the build under test, `dist`) is open in the middle of an exercise when
 * version B is deployed: the new version is offered, nothing reloads by itself, A's lazy chunks still load
 * (from A's service worker, although the server now only has B's files), and accepting moves to B with the
 * progress intact. And a chunk that is missing from the server becomes a calm "try again", not a white page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { test, expect, serviceWorkerReady } from './fixtures.ts';
import { trustStatements } from './contentFacts.ts';
import { testPort } from '../../playwright.config.ts';

const PORT = testPort(2);
const VERSION_A = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const VERSION_B = `${VERSION_A}-next`;

test.use({ baseURL: `http://localhost:${PORT}` });
test.describe.configure({ mode: 'serial' });

let server: StaticServer;
let distB: string;

/** The built file of a lazy page, from Vite's manifest. */
function chunkOf(dist: string, source: string): string {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const file = manifest[source]?.file;
  if (!file) throw new Error(`${source} is not in ${dist}'s manifest`);
  return file;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  distB = mkdtempSync(join(tmpdir(), 'sango-version-b-'));
  execFileSync('npx', ['vite', 'build', '--outDir', distB, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, VITE_APP_VERSION: VERSION_B },
    stdio: 'inherit',
  });
  server = await serveStatic('dist', PORT);
});

test.afterAll(async () => {
  await server.close();
  rmSync(distB, { recursive: true, force: true });
});

test('a new version is offered, never forced, and accepting it keeps the progress', async ({ page }) => {
  test.setTimeout(120_000);
  const settingsA = chunkOf('dist', 'src/features/settings/SettingsPage.tsx');
  expect(existsSync(join(distB, settingsA)), 'version B really replaces the settings chunk').toBe(false);

  // Version A, installed on an earlier visit: the service worker controls the page.
  server.setRoot('dist');
  await page.goto('/en/workbook/truth-or-lie/trust');
  await serviceWorkerReady(page);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  // In the middle of the exercise: half the statements answered.
  const all = trustStatements();
  const half = Math.ceil(all.length / 2);
  const answer = async (s: (typeof all)[number]) =>
    page
      .getByRole('radiogroup', { name: s.label })
      .getByRole('radio', { name: s.answer ? 'True' : 'False' })
      .check();
  for (const s of all.slice(0, half)) await answer(s);
  await page.evaluate(() => ((window as { stillVersionA?: boolean }).stillVersionA = true));

  // Deploy B. The periodic check (hourly in the app) is triggered at once here.
  server.setRoot(distB);
  const deployedAt = server.log.length;
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect(page.getByText('A new version of Sango is ready.')).toBeVisible({ timeout: 30_000 });
  // Version B is installed and waiting, and A's worker still controls the page: nothing has reloaded (the
  // marker set on A's window is still there), and nothing can until someone taps "Update now".
  const workers = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      waiting: registration?.waiting?.state ?? null,
      controlledByActive: navigator.serviceWorker.controller?.scriptURL === registration?.active?.scriptURL,
      stillA: (window as { stillVersionA?: boolean }).stillVersionA ?? false,
    };
  });
  expect(workers).toEqual({ waiting: 'installed', controlledByActive: true, stillA: true });
  for (const s of all.slice(0, half)) {
    await expect(
      page
        .getByRole('radiogroup', { name: s.label })
        .getByRole('radio', { name: s.answer ? 'True' : 'False' }),
    ).toBeChecked();
  }

  // The child finishes the exercise on version A; the progress is saved.
  for (const s of all.slice(half)) await answer(s);
  await page.getByRole('link', { name: 'Back to the module' }).click();
  await expect(page.getByRole('link', { name: /Trust Done$/ })).toBeVisible();

  // A page never opened before still loads: its chunk (gone from the server) comes from A's precache.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByText(`Version ${VERSION_A}`)).toBeVisible();
  expect(server.log.slice(deployedAt).filter((r) => r.path === `/${settingsA}` && r.status === 200)).toEqual(
    [],
  );

  // The grown-up (or child) accepts: one reload, into version B, with the progress kept.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Update now' }).click();
  await reloaded;
  expect(await page.evaluate(() => (window as { stillVersionA?: boolean }).stillVersionA)).toBeUndefined();
  await expect(page.getByText(`Version ${VERSION_B}`)).toBeVisible();
  await page.goto('/en/workbook/truth-or-lie/');
  await expect(page.getByRole('link', { name: /Trust Done$/ })).toBeVisible();
  await expect(page.getByText('A new version of Sango is ready.')).toBeHidden();
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a chunk missing from the server becomes "try again", and trying again works', async ({ page }) => {
    const broken = mkdtempSync(join(tmpdir(), 'sango-missing-chunk-'));
    try {
      cpSync('dist', broken, { recursive: true });
      const netRules = chunkOf('dist', 'src/features/net-rules/NetRulesRoute.tsx');
      rmSync(join(broken, netRules));
      server.setRoot(broken);

      await page.goto('/en/');
      await page.getByRole('link', { name: /Net Rules challenge/ }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText("It is not your fault. Let's try again.");
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oops! Something went wrong.');
      await expect(
        page.getByRole('link', { name: 'Settings', exact: true }),
        'the header still works',
      ).toBeVisible();

      // The files are back (the deploy finished): "Try again" opens the page.
      server.setRoot('dist');
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Net Rules/);
      await expect(page).toHaveURL(/\/en\/net-rules\/$/);
      await expect(page.getByRole('alert')).toHaveCount(0);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
