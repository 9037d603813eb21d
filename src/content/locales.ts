/**
 * The locale and tier lists as plain constants. Kept apart from the zod schemas so that the app's first load
 * (i18n, the store) does not pull in zod's full API, which only the build-time compiler needs.
 */
export { LOCALES, type Locale } from '../i18n/languages.ts';
/** Content areas: the three tiers, the grown-ups area (guides only) and the help pages (one per tier). */
export const TIERS = ['storybook', 'workbook', 'net-rules', 'grown-ups', 'help'] as const;
export type Tier = (typeof TIERS)[number];
