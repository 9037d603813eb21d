/**
 * Screenshots of the main screens at phone, tablet and projector sizes, in English and Arabic, for a person to
 * look at. Run against a served production build: `npm start` in one terminal, then
 * `npx tsx scripts/screenshots.ts [paths] [locales]`. SANGO_SIZES=phone limits the sizes; the grown-ups gate is
 * opened so the pages behind it can be seen.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';

const BASE = process.env.SANGO_URL ?? 'http://localhost:4173';
const OUT = process.env.SANGO_SHOTS ?? 'test-results/screenshots';
const SIZES = {
  phone: { width: 390, height: 844 },
  tablet: { width: 1024, height: 768 },
  projector: { width: 1920, height: 1080 },
};
const PAGES = (
  process.argv[2] ??
  '/,/storybook/,/storybook/right-to-play/2,/storybook/right-to-play/4,/storybook/right-to-play/end,/settings,/grown-ups/,/workbook/,/nowhere'
).split(',');
const LOCALES = (process.argv[3] ?? 'en,ar').split(',');

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const only = process.env.SANGO_SIZES?.split(',');
for (const [size, viewport] of Object.entries(SIZES)) {
  if (only && !only.includes(size)) continue;
  const page = await browser.newPage({ viewport, serviceWorkers: 'block' });
  await page.addInitScript(() => sessionStorage.setItem('sango-grown-ups', 'open'));
  for (const locale of LOCALES) {
    for (const path of PAGES) {
      await page.goto(`${BASE}/${locale}${path}`);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(400);
      const name = `${size}-${locale}${path.replace(/\//g, '_') || '_'}.png`;
      await page.screenshot({ path: `${OUT}/${name}`, fullPage: size !== 'projector' });
    }
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${OUT}`);
