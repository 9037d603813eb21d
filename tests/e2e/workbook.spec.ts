import { test, expect } from './fixtures.ts';
import { spotExercises, trustStatements } from './contentFacts.ts';

test('a child completes a whole module, and it is still marked done after a reload', async ({ page }) => {
  await page.goto('/en/workbook/');
  await page.getByRole('link', { name: /Truth or lie\?/ }).click();
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  // Exercise 5 in four parts: a post, an ad and a chatbot's answer to check, then true or false.
  const spots = spotExercises('03-truth-or-lie.md');
  expect(spots).toHaveLength(3);
  for (const spot of spots) {
    await expect(page).toHaveURL(new RegExp(`/${spot.id}/$`));
    for (const flag of spot.flags) await page.getByRole('button', { name: flag, exact: true }).click();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await page.getByRole('link', { name: 'Next', exact: true }).click();
  }
  const all = trustStatements();
  expect(all.length).toBeGreaterThanOrEqual(4);
  for (const s of all) {
    const group = page.getByRole('radiogroup', { name: s.label });
    await group.getByRole('radio', { name: s.answer ? 'True' : 'False' }).check();
  }
  await page.getByRole('link', { name: 'Back to the module' }).click();
  // Every exercise of the module is marked done in its list ("Done": "Module done" is the module's own mark).
  const exercises = page.getByRole('list').filter({ has: page.getByRole('link', { name: /^Exercise 5/ }) });
  await expect(exercises.getByRole('link')).toHaveCount(4);
  for (const link of await exercises.getByRole('link').all()) await expect(link).toContainText('Done');
  await page.reload();
  await page.goto('/en/workbook/');
  const stop = page.getByRole('link', { name: /Truth or lie\?/ });
  await expect(stop).toContainText('Module done');
});

test('a module prints as a worksheet without navigation, and as a teacher sheet', async ({ page }) => {
  await page.goto('/en/workbook/know-your-rights/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Know your rights');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the worksheet' })).toBeHidden();
  const sheet = page.locator('.print-worksheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Exercise 1: Rights or wants?');
  await expect(sheet).toContainText('Clean air');
  await expect(sheet).toContainText('Name:');
  await expect(page.locator('.print-teacher')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(20_000); // a real worksheet, not a blank page

  await page.evaluate(() => (document.documentElement.dataset.print = 'teacher'));
  await expect(page.locator('.print-teacher')).toBeVisible();
  await expect(page.locator('.print-teacher')).toContainText('Solutions');
  await expect(sheet).toBeHidden();
  const letter = await page.pdf({ format: 'Letter' });
  expect(letter.byteLength).toBeGreaterThan(10_000);
});

test('the kinder messages keep their order through a reload, mid-attempt', async ({ page }) => {
  await page.goto('/en/workbook/be-nice/messages');
  const bubbles = page.locator('.pick-bubbles .pick-bubble');
  await expect(bubbles).toHaveCount(2);
  const before = await bubbles.allTextContents();
  await bubbles.first().click(); // a pick, right or not: the attempt has begun
  await page.reload();
  await expect(bubbles).toHaveCount(2);
  expect(await bubbles.allTextContents()).toEqual(before);
});
