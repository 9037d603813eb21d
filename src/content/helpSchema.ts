/**
 * A help page, one per tier (`content/<locale>/help/NN-<tier>.md`): what a child in trouble reads first.
 * A lead (the one thing to remember), what to do right now as picture cards, and titled sections.
 * Shared by the compiler (validation) and the app (types only).
 */
import { z } from 'zod';
import { SANGO_EXPRESSIONS } from './artNames.ts';
import { blockSchema } from './richText.ts';
import { pictureSchema } from './pictureSchema.ts';

const blocks = z.array(blockSchema).min(1);

import { HELP_TIERS } from './helpTiers.ts';
import { slug } from './slugSchema.ts';

export { HELP_TIERS, type HelpTier } from './helpTiers.ts';

export const helpSchema = z.strictObject({
  kind: z.literal('help'),
  id: z.enum(HELP_TIERS),
  order: z.number().int().min(0),
  untranslated: z.boolean(),
  title: z.string().min(1),
  lead: z.strictObject({ sango: z.enum(SANGO_EXPRESSIONS), body: blocks }),
  /** What to do right now, in order, each with a picture. */
  steps: z.array(z.strictObject({ id: slug, picture: pictureSchema, body: blocks })),
  sections: z.array(z.strictObject({ id: slug, body: blocks })),
});
export type HelpPage = z.infer<typeof helpSchema>;

export const helpFrontMatterSchema = z.strictObject({ title: z.string().min(1) });
export const HELP_TEXT_KEYS = ['title'] as const;
