/** axe-core on the shell's pages in a left-to-right and the right-to-left language: nothing serious allowed. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

const PAGES = [
  '/',
  '/storybook/',
  '/storybook/right-to-play/1',
  '/storybook/right-to-play/4',
  '/storybook/right-to-play/end',
  '/settings',
  '/grown-ups/',
  '/workbook/',
  '/nowhere',
];

for (const locale of ['en', 'ar']) {
  test(`axe finds no serious or critical violation (${locale})`, async ({ page }) => {
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForTimeout(300); // let the page-turn animation settle so contrast is measured at rest
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(
          `${locale}${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      }
    }
    expect(found).toEqual([]);
  });
}
