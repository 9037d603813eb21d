/**
 * The workbook's compiled shape (9–12): a module holds an introduction, its exercises (and, where the brief
 * asks, a summary page between them), a "what I learned" recap and the educator notes.
 * Shared by the compiler (validation) and the app (types only).
 */
import { z } from 'zod';
import { blockSchema, inlineSchema } from './richText.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an English kebab-case slug');
const blocks = z.array(blockSchema);
const inlines = z.array(inlineSchema).min(1);

export const ACTIVITY_TYPES = [
  'sort',
  'rank',
  'choice',
  'multi',
  'true-false',
  'order',
  'kinder',
  'match',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** One card, option, statement, step, message or pair. Which optional fields are set depends on the type. */
export const itemSchema = z.strictObject({
  id: slug,
  /** What the child sees on the card or button. */
  label: inlines,
  /** Why: shown as feedback once the item is answered. May be empty for steps and rank items. */
  explain: blocks,
  /** sort: the id of the bin the card belongs in. */
  bin: slug.optional(),
  /** choice and kinder: the right (or kinder) answer. multi: one of the correct answers. */
  correct: z.boolean().optional(),
  /** true-false: whether the statement is true. */
  answer: z.boolean().optional(),
  /** kinder: which pair of messages this one belongs to. */
  round: slug.optional(),
  /** match: the right-hand side this item pairs with. */
  match: inlines.optional(),
  /** order: a step that is right at any place, such as telling a trusted adult. */
  anywhere: z.literal(true).optional(),
});
export type ActivityItem = z.infer<typeof itemSchema>;

export const binSchema = z.strictObject({ id: slug, label: inlines });
export type Bin = z.infer<typeof binSchema>;

export const exerciseSchema = z.strictObject({
  kind: z.literal('exercise'),
  id: slug,
  type: z.enum(ACTIVITY_TYPES),
  /** Exercise number in the workbook (1–12), as in the original. */
  number: z.number().int().min(1),
  title: z.string().min(1),
  instructions: blocks,
  /** An opinion has no wrong answer, and says so. */
  opinion: z.boolean(),
  /** rank: how many to choose. */
  pick: z.number().int().min(1).optional(),
  bins: z.array(binSchema),
  items: z.array(itemSchema).min(2),
  /** Shown after a wrong try, to help the retry. */
  hint: blocks,
  /** Shown when the exercise is done: what it was about. */
  feedback: blocks,
});
export type Exercise = z.infer<typeof exerciseSchema>;

export const summarySchema = z.strictObject({
  kind: z.literal('summary'),
  id: slug,
  title: z.string().min(1),
  body: blocks,
});
export type Summary = z.infer<typeof summarySchema>;

export const moduleSchema = z.strictObject({
  kind: z.literal('module'),
  id: slug,
  order: z.number().int().min(0),
  untranslated: z.boolean(),
  title: z.string().min(1),
  message: z.string().min(1),
  intro: blocks.min(1),
  parts: z.array(z.discriminatedUnion('kind', [exerciseSchema, summarySchema])).min(1),
  recap: blocks.min(1),
  educator: blocks.min(1),
});
export type WorkbookModule = z.infer<typeof moduleSchema>;
export type ModulePart = WorkbookModule['parts'][number];

export const moduleFrontMatterSchema = z.strictObject({
  title: z.string().min(1),
  message: z.string().min(1),
});
export const MODULE_TEXT_KEYS = ['title', 'message'] as const;
