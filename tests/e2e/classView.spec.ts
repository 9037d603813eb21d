/**
 * The class view across devices: three fresh browsers (three tablets) each do something different and export
 * their progress; a fourth (the teacher's) opens the three files at once, with a stray file among them, and the
 * class figures match what was done on each, the class's Level 1 before and after included. The teacher's own
 * seats are untouched, and the report prints on one page of A4 and of Letter, in the language picked for it.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { test, expect, waitForAppInContext } from './fixtures.ts';
import { rules, trustStatements } from './contentFacts.ts';

const openGate = () => sessionStorage.setItem('sango-grown-ups', 'open');

/** A fresh tablet: its own context, so its own storage. */
async function tablet(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  // A page of its own context too must be hydrated before a tap counts (the fixtures' pages wait the same way).
  waitForAppInContext(context);
  const page = await context.newPage();
  await page.addInitScript(openGate);
  return { context, page };
}

/** "Export progress to a file" on this tablet: the file's text. */
async function exportFile(page: Page): Promise<string> {
  await page.goto('/en/grown-ups/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress to a file' }).click();
  return readFile((await (await download).path()) ?? '', 'utf8');
}

/** Tablet A: story 1 read to its star. */
async function readStoryOne(page: Page) {
  await page.goto('/en/storybook/right-to-play/1');
  const next = page.getByRole('button', { name: 'Next page' });
  for (let i = 0; i < 3; i++) await next.click();
  await page.getByRole('button', { name: /Take turns with Leo/ }).click();
  for (let i = 0; i < 3; i++) await next.click();
  await next.click();
  await expect(page.getByText('You earned a star for this story.')).toBeVisible();
}

/** Tablet B or C: "Truth or lie?" exercise 5, right first time or after one wrong answer. */
async function answerTrust(page: Page, firstTry: boolean) {
  await page.goto('/en/workbook/truth-or-lie/trust');
  for (const [i, s] of trustStatements().entries()) {
    const group = page.getByRole('radiogroup', { name: s.label });
    if (i === 0 && !firstTry) await group.getByRole('radio', { name: s.answer ? 'False' : 'True' }).check();
    await group.getByRole('radio', { name: s.answer ? 'True' : 'False' }).check();
  }
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('sango-state') ?? '{}').state))
    .toMatchObject({ progress: { 'seat-1': { exercises: { trust: { done: true, firstTry } } } } });
}

/**
 * Tablet C also takes the Net Rules Level 1 quick round twice: first with the first two rules wrong and the
 * rest right, then (after talking it over) all right: its before and after.
 */
async function quickRound(page: Page, wrong: number, says: string) {
  await page.goto('/en/net-rules/level-1');
  for (const [i, rule] of rules().entries()) {
    const right = rule.questions.find((q) => q.quick)?.right[0] ?? '';
    if (i < wrong) await page.locator('.option-button').filter({ hasNotText: right }).first().click();
    else await page.getByRole('button', { name: right, exact: true }).click();
    await page.getByRole('button', { name: i === 7 ? 'See my result' : 'Next question' }).click();
  }
  await expect(page.getByText(says)).toBeVisible();
}

/** Text to match as it is, inside a RegExp. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The PDF's page count, from its page objects. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('three tablets export, the teacher opens the three files at once, and the figures match', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000); // three tablets and a fourth: about 20 s on a quiet machine, minutes on a busy one
  const [missed, , knew] = rules();
  if (!missed || !knew) throw new Error('no rules');

  const a = await tablet(browser, baseURL);
  await readStoryOne(a.page);
  const fileA = await exportFile(a.page);
  const b = await tablet(browser, baseURL);
  await answerTrust(b.page, true);
  const fileB = await exportFile(b.page);
  const c = await tablet(browser, baseURL);
  await answerTrust(c.page, false);
  await quickRound(c.page, 2, 'You got 6 of 8 right.');
  await quickRound(c.page, 0, 'You got 8 of 8 right.');
  const fileC = await exportFile(c.page);
  for (const t of [a, b, c]) await t.context.close();

  // The teacher's device: its own seat has read nothing.
  await page.addInitScript(openGate);
  await page.goto('/en/grown-ups/class/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class view');
  const own = await page.evaluate(() => localStorage.getItem('sango-state'));
  const json = (name: string, text: string) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page
    .getByLabel('Open progress files')
    .setInputFiles([
      json('tablet-a.json', fileA),
      json('tablet-b.json', fileB),
      json('notes.json', '{"shopping": ["milk"]}'),
      json('tablet-c.json', fileC),
    ]);
  const files = page.getByRole('region', { name: 'Files from other devices' });
  await expect(files.getByRole('status')).toContainText('3 files opened.');
  await expect(files.getByRole('status')).toContainText('was skipped: it is not a Sango progress file.');
  await expect(page.getByRole('radio', { name: 'Opened files (3 children)' })).toBeChecked();

  const figures = page.getByRole('region', { name: 'What the class did' });
  const row = (table: string, item: string) =>
    figures.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(item) });
  await expect(row('Online with Sango (up to 8)', 'Amara and Leo Take Turns')).toContainText('1 of 3');
  // Two finished "Trust", one right first time: the activity most often got wrong comes first.
  const activities = figures.getByRole('table', { name: 'Work with Sango (9 to 12)' });
  await expect(activities.getByRole('row').nth(1)).toHaveText(/Trust.*2 of 3.*1 of 3/);
  await expect(row('Work with Sango (9 to 12)', 'Rights or wants')).toHaveText(/0 of 3.*0 of 3/);
  // What the class got wrong first: tablet C's first "Trust" statement, one of the two who finished it.
  const slips = figures.getByRole('table', { name: 'Got wrong most often' });
  await expect(slips.getByRole('row')).toHaveCount(2);
  const [firstStatement] = trustStatements();
  await expect(slips.getByRole('row').nth(1)).toHaveText(
    new RegExp(`${escaped(firstStatement?.label ?? '')}.*Trust.*1 of 2`),
  );
  // One child took Level 1 twice: it missed the first rule the first time and knew it the latest time (before
  // and after), and knew the third rule both times. Nobody has a badge yet.
  const netRules = figures.getByRole('table', { name: 'Net Rules challenge (13 to 18)' });
  await expect(netRules.getByRole('columnheader', { name: 'Level 1: first → latest' })).toBeVisible();
  await expect(row('Net Rules challenge (13 to 18)', missed.title)).toHaveText(
    /0 of 3.*0 of 3.*1 of 1.*0 → 1 of 1/,
  );
  await expect(row('Net Rules challenge (13 to 18)', knew.title)).toHaveText(
    /0 of 3.*0 of 3.*1 of 1.*1 → 1 of 1/,
  );

  // No child's marks until the teacher asks; then each seat by its picture.
  await expect(page.getByRole('img', { name: /Teal owl/ })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show each child’s marks' }).check();
  await expect(page.getByRole('img', { name: /^Teal owl/ })).toHaveCount(3);
  // On a phone the marks scroll sideways inside their own box; the page itself never does.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBe(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The teacher's own seat and progress are just as they were.
  expect(await page.evaluate(() => localStorage.getItem('sango-state'))).toBe(own);

  // The report: in Arabic, on one page of A4 and of Letter, with no navigation.
  await page.getByRole('radio', { name: 'العربية' }).check();
  await expect(page.locator('.class-report')).toHaveAttribute('lang', 'ar');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.class-report h2').first()).toHaveText('تقرير الصف');
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.class-screen')).toBeHidden();
  // One h1 a page, the screen's; the report's title is the first thing on paper.
  await expect(page.locator('h1')).toHaveCount(1);
  for (const format of ['A4', 'Letter'] as const) {
    expect(pageCount(await page.pdf({ format })), format).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });

  // Clearing forgets the files; this device is unchanged.
  await page.getByRole('button', { name: 'Clear the class view' }).click();
  await expect(files.getByRole('status')).toHaveText(
    'The class view is empty. Nothing on this device was changed.',
  );
  await expect(page.getByText('This device (1 seat)')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('sango-state'))).toBe(own);
});
