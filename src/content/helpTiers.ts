/**
 * The tiers a help page is written for, by the id in its file name and URL. Kept apart from the zod schema so
 * the router (on every page's first load) does not pull in zod.
 */
export const HELP_TIERS = ['storybook', 'workbook', 'net-rules'] as const;
export type HelpTier = (typeof HELP_TIERS)[number];
