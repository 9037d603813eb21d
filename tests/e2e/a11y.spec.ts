/** axe-core on the shell's pages in a left-to-right and the right-to-left language: nothing serious allowed. */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, animationsSettled } from './fixtures.ts';

const PAGES = [
  '/',
  '/storybook/',
  '/storybook/right-to-play/1',
  '/storybook/right-to-play/4',
  '/storybook/right-to-play/end',
  '/storybook/for-grown-ups/1',
  '/workbook/',
  '/workbook/know-your-rights/',
  '/workbook/know-your-rights/rights-or-wants',
  '/workbook/know-your-rights/my-top-3',
  '/workbook/private-eye/advice',
  '/workbook/truth-or-lie/trust',
  '/workbook/be-nice/messages',
  '/workbook/be-nice/blocked',
  '/workbook/help/response',
  '/workbook/help/support',
  '/net-rules/',
  '/net-rules/level-1',
  '/net-rules/respect',
  '/settings',
  '/seats',
  '/grown-ups/',
  '/nowhere',
];

for (const locale of ['en', 'ar']) {
  test(`axe finds no serious or critical violation (${locale})`, async ({ page }) => {
    // 23 pages, each opened, settled and analysed: about 30 s on a quiet two-core machine, over 60 s on a busy one.
    test.setTimeout(180_000);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await animationsSettled(page); // contrast is measured at rest, not mid page-turn
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
