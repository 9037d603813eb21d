/** The four pages the benchmark measures: one per kind of screen a child opens first. */
export const BENCH_PAGES = [
  { name: 'home', path: '/en/' },
  { name: 'storybook page', path: '/en/storybook/right-to-play/2' },
  { name: 'workbook exercise', path: '/en/workbook/know-your-rights/rights-or-wants' },
  { name: 'Net Rules question', path: '/en/net-rules/level-1' },
] as const;

export type BenchPage = (typeof BENCH_PAGES)[number];
