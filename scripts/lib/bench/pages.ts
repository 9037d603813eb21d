/** The pages the benchmark measures: one per kind of screen a child opens first, in English and in Arabic. */
export const BENCH_LOCALES = ['en', 'ar'] as const;

const KINDS = [
  { name: 'home', path: '' },
  { name: 'storybook page', path: 'storybook/right-to-play/2' },
  { name: 'workbook exercise', path: 'workbook/know-your-rights/rights-or-wants/' },
  { name: 'Net Rules question', path: 'net-rules/level-1/' },
] as const;

export interface BenchPage {
  /** "home (en)" */
  name: string;
  kind: (typeof KINDS)[number]['name'];
  locale: (typeof BENCH_LOCALES)[number];
  path: string;
}

export const BENCH_PAGES: BenchPage[] = BENCH_LOCALES.flatMap((locale) =>
  KINDS.map((k) => ({ name: `${k.name} (${locale})`, kind: k.name, locale, path: `/${locale}/${k.path}` })),
);
