/**
 * The Net Rules challenge's compiled shape (13–18): a rule is a few explainer cards, scenario questions with
 * an explanation for every option, and what to do next. Shared by the compiler and the app (types only).
 */
import { z } from 'zod';
import { blockSchema, inlineSchema } from './richText.ts';
import { slug } from './slugSchema.ts';

const blocks = z.array(blockSchema);

export const ruleOptionSchema = z.strictObject({
  id: slug,
  label: z.array(inlineSchema).min(1),
  explain: blocks.min(1),
  correct: z.boolean(),
});
export type RuleOption = z.infer<typeof ruleOptionSchema>;

export const questionSchema = z.strictObject({
  id: slug,
  /** The question used for this rule in the Level 1 quick round. */
  quick: z.boolean(),
  prompt: blocks.min(1),
  options: z.array(ruleOptionSchema).min(2),
});
export type Question = z.infer<typeof questionSchema>;

export const ruleSchema = z.strictObject({
  kind: z.literal('rule'),
  id: slug,
  order: z.number().int().min(0),
  untranslated: z.boolean(),
  title: z.string().min(1),
  short: z.string().min(1),
  cards: z.array(z.strictObject({ id: slug, title: z.string().min(1), body: blocks })).min(1),
  questions: z.array(questionSchema).min(1),
  next: blocks.min(1),
});
export type Rule = z.infer<typeof ruleSchema>;

export const ruleFrontMatterSchema = z.strictObject({ title: z.string().min(1), short: z.string().min(1) });
export const RULE_TEXT_KEYS = ['title', 'short'] as const;
