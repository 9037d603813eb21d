/**
 * The printables, printed to PDF by real Chromium on A4 and Letter, with the paper in English and in Arabic
 * (from an English interface, as a teacher printing for Arabic-speaking families would): each has the pages it
 * should, and nothing of the app around it (header, navigation, choices) is printed. And a name typed for a
 * certificate is found nowhere the browser keeps anything once it has been printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, serviceWorkerReady } from './fixtures.ts';

const CONTENT = fileURLToPath(new URL('../../content/en/', import.meta.url));
const idsIn = (tier: string) =>
  readdirSync(CONTENT + tier)
    .filter((f) => !f.startsWith('90-'))
    .sort()
    .map((f) => f.replace(/^\d\d-|\.md$/g, ''));
const STORIES = idsIn('storybook');
const MODULES = idsIn('workbook');
const RULES = idsIn('net-rules');
const FIRST_MODULE_EXERCISES = [
  ...readFileSync(`${CONTENT}workbook/01-${MODULES[0]}.md`, 'utf8').matchAll(/::::exercise\{#([a-z0-9-]+)/g),
].map((m) => m[1] ?? '');

/**
 * Seven seats (two pages of cards); the first has read every story, done module 1 and earned every badge, so
 * it can have all three kinds of certificate.
 */
async function seedSeats(page: Page) {
  await page.addInitScript(() => sessionStorage.setItem('sango-grown-ups', 'open'));
  await page.goto('/en/');
  await page.evaluate(
    ({ stories, exercises, rules }) => {
      const raw = JSON.parse(localStorage.getItem('sango-state') ?? 'null');
      const animals = ['owl', 'fox', 'cat', 'turtle', 'rabbit', 'bear', 'whale'];
      const colours = ['teal', 'orange', 'purple', 'green', 'blue', 'pink', 'yellow'];
      raw.state.seats = {
        list: animals.map((animal, i) => ({ id: `seat-${i + 1}`, animal, colour: colours[i] })),
        active: 'seat-1',
      };
      const none = () => ({ stories: {}, exercises: {}, rules: {}, quick: null, level1: null });
      raw.state.progress = Object.fromEntries(animals.map((_, i) => [`seat-${i + 1}`, none()]));
      const first = raw.state.progress['seat-1'];
      for (const id of stories) first.stories[id] = { step: 0, choice: null, done: true };
      for (const id of exercises) first.exercises[id] = { done: true, firstTry: true };
      for (const id of rules) first.rules[id] = { best: 1, badge: true };
      localStorage.setItem('sango-state', JSON.stringify(raw));
    },
    { stories: STORIES, exercises: FIRST_MODULE_EXERCISES, rules: RULES },
  );
}

async function openPrintables(page: Page, paper: 'en' | 'ar') {
  await page.goto('/en/grown-ups/printables/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Printables');
  await page.getByRole('combobox', { name: 'Language of the printout' }).selectOption(paper);
  const sheet = page.locator('.printable-sheet');
  await expect(sheet).toHaveAttribute('lang', paper);
  await expect(sheet).toHaveAttribute('dir', paper === 'ar' ? 'rtl' : 'ltr');
}

/** Pages in a PDF: Chromium writes one page tree, whose root counts every page (the largest /Count). */
function pageCount(pdf: Buffer): number {
  return Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
}

/**
 * Under print media, everything that takes up space on paper is the printout or holds it: no header, no
 * navigation, no choices, no buttons.
 */
async function onlyThePrintoutPrints(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const stray = await page.evaluate(() => {
    const sheet = document.querySelector('.printable-sheet');
    return Array.from(document.body.querySelectorAll('*'))
      .filter((el) => !sheet?.contains(el) && !el.contains(sheet))
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  expect(stray, 'printed outside the printout').toEqual([]);
  for (const name of ['Help', 'For grown-ups', 'Settings', 'Print']) {
    await expect(
      page.getByRole('link', { name, exact: true }).or(page.getByRole('button', { name })),
    ).toBeHidden();
  }
  await page.emulateMedia({ media: null }); // page.pdf() prints with print media unless screen is emulated
}

async function printsAs(page: Page, pages: number) {
  await onlyThePrintoutPrints(page);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format });
    expect(pageCount(pdf), `${format} pages`).toBe(pages);
  }
}

for (const paper of ['en', 'ar'] as const) {
  test.describe(`printed in ${paper}`, () => {
    test.beforeEach(async ({ page }) => {
      await seedSeats(page);
      await openPrintables(page, paper);
    });

    test('seat cards: seven seats on two pages, six and one', async ({ page }) => {
      const cards = page.locator('.printable-sheet .seat-card');
      await expect(cards).toHaveCount(7);
      if (paper === 'ar') await expect(page.locator('.printable-sheet')).toContainText('قُصّ');
      await printsAs(page, 2);
      await expect(page.locator('.seat-card-page')).toHaveCount(2);
    });

    test('certificates: the storybook, a module and the Net Rules, each on one page', async ({ page }) => {
      test.setTimeout(120_000); // six PDFs
      await page.getByRole('radio', { name: 'A certificate' }).check();
      await page.getByRole('textbox', { name: /Name on the certificate/ }).fill('Amina Okafor');
      const choices = page.getByRole('group', { name: 'For finishing' }).getByRole('radio');
      await expect(choices).toHaveCount(3);
      const title = paper === 'ar' ? 'شهادة' : 'Certificate';
      for (let i = 0; i < 3; i++) {
        await choices.nth(i).check();
        await expect(page.locator('.certificate-title')).toHaveText(title);
        await expect(page.locator('.certificate-name')).toHaveText('Amina Okafor');
        await printsAs(page, 1);
      }
    });

    test('family sheets: every story and every module on one page', async ({ page }) => {
      test.setTimeout(240_000); // fifty-two PDFs
      await page.getByRole('radio', { name: 'A family sheet' }).check();
      const pick = page.getByRole('combobox', { name: 'Which story or module?' });
      const values = await pick
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(values).toHaveLength(STORIES.length + MODULES.length);
      await onlyThePrintoutPrints(page);
      for (const value of values) {
        await pick.selectOption(value);
        const sheet = page.locator('.family-sheet');
        await expect(sheet.locator('ol.family-starters > li')).toHaveCount(3);
        await expect(sheet.locator('h2')).toContainText(paper === 'ar' ? 'للعائلة' : 'For the family');
        for (const format of ['A4', 'Letter'] as const) {
          expect(pageCount(await page.pdf({ format })), `${value} on ${format}`).toBe(1);
        }
      }
    });
  });
}

test('a name typed for a certificate is found nowhere the browser keeps things, once printed', async ({
  page,
}) => {
  const NAME = 'Zanzibar Quokka';
  await page.addInitScript(() => {
    // The print dialog itself is the browser's; the test counts the call and prints to PDF instead.
    window.print = () => {
      (window as unknown as { printed: number }).printed =
        ((window as unknown as { printed?: number }).printed ?? 0) + 1;
    };
  });
  await seedSeats(page);
  await serviceWorkerReady(page);
  await openPrintables(page, 'ar');
  await page.getByRole('radio', { name: 'A certificate' }).check();
  await page.getByRole('textbox', { name: /Name on the certificate/ }).fill(NAME);
  await expect(page.locator('.certificate-name')).toHaveText(NAME);
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);

  /** Every place the browser keeps something for this page, and where each is, to say which one holds it. */
  const holding = async (needle: string) =>
    page.evaluate(async (needle) => {
      const found: { where: string; text: string }[] = [
        { where: 'URL', text: location.href },
        { where: 'history', text: `${JSON.stringify(history.state)} ${history.length}` },
      ];
      for (const [where, store] of [
        ['localStorage', localStorage],
        ['sessionStorage', sessionStorage],
      ] as const) {
        for (let i = 0; i < store.length; i++) {
          const key = store.key(i) ?? '';
          found.push({ where: `${where} ${key}`, text: `${key} ${store.getItem(key) ?? ''}` });
        }
      }
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open(info.name!);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const name of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction(name).objectStore(name).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          found.push({ where: `IndexedDB ${info.name}/${name}`, text: JSON.stringify(all) });
        }
        db.close();
      }
      const cacheNames = await caches.keys();
      for (const cacheName of cacheNames) {
        const cache = await caches.open(cacheName);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const body = response ? await response.text() : '';
          found.push({ where: `Cache Storage ${cacheName} ${request.url}`, text: `${request.url} ${body}` });
        }
      }
      return {
        places: found.length,
        caches: cacheNames.length,
        holding: found.filter((f) => f.text.includes(needle)).map((f) => f.where),
      };
    }, needle);

  const afterPrint = await holding('Zanzibar');
  expect(afterPrint.caches, 'the service worker has precached the app').toBeGreaterThan(0);
  expect(afterPrint.places).toBeGreaterThan(10);
  expect(afterPrint.holding, 'places that hold the name').toEqual([]);
  expect((await holding(encodeURIComponent(NAME))).holding).toEqual([]);
  // Away and back: the page starts with an empty name, and still nothing holds it.
  await page.getByRole('link', { name: 'Back to “For grown-ups”' }).click();
  await page.goBack();
  await page.getByRole('radio', { name: 'A certificate' }).check();
  await expect(page.getByRole('textbox', { name: /Name on the certificate/ })).toHaveValue('');
  expect((await holding('Zanzibar')).holding).toEqual([]);
});
