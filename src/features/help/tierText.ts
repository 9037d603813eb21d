import type { HelpTier } from '../../content/helpTiers.ts';

/** Where each tier's name and ages live in the common strings (`home.tiers.*`). */
export const TIER_TEXT: Record<HelpTier, 'storybook' | 'workbook' | 'netRules'> = {
  storybook: 'storybook',
  workbook: 'workbook',
  'net-rules': 'netRules',
};
