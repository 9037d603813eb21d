/**
 * The compiled content model: one zod schema shared by the build-time compiler (which validates every
 * compiled document against it) and the app (which imports only the inferred types, so zod's full API never
 * ships to the browser for content). No defaults live here: the compiler sets every field explicitly.
 */
import { z } from 'zod';
import { SANGO_EXPRESSIONS } from './artNames.ts';
import { authoredPictureSchema, pictureSchema } from './pictureSchema.ts';
import { helpSchema } from './helpSchema.ts';
import { blockSchema, inlineSchema } from './richText.ts';
import { moduleSchema } from './workbookSchema.ts';
import { ruleSchema, ruleSummarySchema } from './netRulesSchema.ts';

export { blockSchema, inlineSchema, type Block, type Inline } from './richText.ts';

import { LOCALES, TIERS } from './locales.ts';
import { slug } from './slugSchema.ts';

export { LOCALES, TIERS, type Locale, type Tier } from './locales.ts';

const blocks = z.array(blockSchema).min(1);

export { pictureSchema, type PictureSpec } from './pictureSchema.ts';

/** Front matter of a storybook story, as authors write it. */
export const storyFrontMatterSchema = z.strictObject({
  title: z.string().min(1),
  child: z.string().min(1),
  summary: z.string().min(1),
  cover: authoredPictureSchema,
});
/** Front matter keys that hold words; every other key is structure and must match English exactly. */
export const STORY_TEXT_KEYS = ['title', 'child', 'summary'] as const;

export const optionSchema = z.strictObject({
  id: slug,
  best: z.boolean(),
  picture: pictureSchema,
  label: z.array(inlineSchema).min(1),
  reaction: blocks,
  reactionSango: z.enum(SANGO_EXPRESSIONS),
});
export type ChoiceOption = z.infer<typeof optionSchema>;

export const stepSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('page'), id: slug, picture: pictureSchema, body: blocks }),
  z.strictObject({
    kind: z.literal('choice'),
    id: slug,
    picture: pictureSchema,
    question: blocks,
    options: z.array(optionSchema).min(2),
    hint: blocks,
    hintSango: z.enum(SANGO_EXPRESSIONS),
  }),
  z.strictObject({ kind: z.literal('talk'), id: slug, picture: pictureSchema, body: blocks }),
]);
export type StoryStep = z.infer<typeof stepSchema>;

export const storySchema = z.strictObject({
  kind: z.literal('story'),
  id: slug,
  order: z.number().int().min(0),
  untranslated: z.boolean(),
  title: z.string().min(1),
  child: z.string().min(1),
  summary: z.string().min(1),
  cover: pictureSchema,
  steps: z.array(stepSchema).min(1),
});
export type Story = z.infer<typeof storySchema>;

/** A page of prose for grown-ups (e.g. how to read the storybook together), in titled sections. */
export const guideFrontMatterSchema = z.strictObject({
  title: z.string().min(1),
  kind: z.literal('guide'),
});
export const GUIDE_TEXT_KEYS = ['title'] as const;

export const guideSchema = z.strictObject({
  kind: z.literal('guide'),
  id: slug,
  order: z.number().int().min(0),
  untranslated: z.boolean(),
  title: z.string().min(1),
  sections: z.array(z.strictObject({ id: slug, body: blocks })).min(1),
});
export type Guide = z.infer<typeof guideSchema>;

export const tierItemSchema = z.discriminatedUnion('kind', [
  storySchema,
  guideSchema,
  moduleSchema,
  ruleSchema,
  ruleSummarySchema,
  helpSchema,
]);
export type TierItem = z.infer<typeof tierItemSchema>;

export const tierContentSchema = z.strictObject({
  locale: z.enum(LOCALES),
  tier: z.enum(TIERS),
  items: z.array(tierItemSchema),
});
export type TierContent = z.infer<typeof tierContentSchema>;
