/**
 * The Net Rules challenge's compiled shape (13–18): a rule is a few explainer cards, scenario questions with
 * an explanation for every option, and what to do next. Shared by the compiler and the app (types only).
 */
import { z } from 'zod';
import { blockSchema, inlineSchema } from './richText.ts';
import { slug } from './slugSchema.ts';
import { SPEAKERS } from './workbookSchema.ts';

const blocks = z.array(blockSchema);

/** Every option, message or step of a question: what a teen sees, and why it helps or not. */
const explained = { id: slug, label: z.array(inlineSchema).min(1), explain: blocks.min(1) };
const common = { id: slug, prompt: blocks.min(1) };

export const ruleOptionSchema = z.strictObject({ ...explained, correct: z.boolean() });
export type RuleOption = z.infer<typeof ruleOptionSchema>;

/** Choose the one answer that helps most. The only type the Level 1 quick round uses. */
export const choiceQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('choice'),
  /** The question used for this rule in the Level 1 quick round. */
  quick: z.boolean(),
  options: z.array(ruleOptionSchema).min(2),
});
/** Choose all that apply: each option is right or not on its own. */
export const multiQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('multi'),
  quick: z.literal(false),
  options: z.array(ruleOptionSchema).min(3),
});
/** Spot the red flag: a short chat, in which the teen taps each message that should worry them. */
export const chatQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('chat'),
  quick: z.literal(false),
  options: z.array(z.strictObject({ ...explained, from: z.enum(SPEAKERS), flag: z.boolean() })).min(3),
});
/** Put the steps in order; a step marked `anywhere` (telling a trusted adult) is right in any place. */
export const orderQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('order'),
  quick: z.literal(false),
  options: z.array(z.strictObject({ ...explained, anywhere: z.boolean() })).min(3),
});

export const questionSchema = z.discriminatedUnion('type', [
  choiceQuestionSchema,
  multiQuestionSchema,
  chatQuestionSchema,
  orderQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
export type ChoiceQuestion = QuestionOf<'choice'>;

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

/**
 * A rule as the Net Rules home and the Level 1 round need it: its title, its line and its quick question. The
 * app loads these for all eight rules at once, and a rule's cards and questions only when it is opened, so
 * the challenge's first page stays small however much each rule holds.
 */
export const ruleSummarySchema = z.strictObject({
  kind: z.literal('rule-summary'),
  id: slug,
  order: z.number().int().min(0),
  untranslated: z.boolean(),
  title: z.string().min(1),
  short: z.string().min(1),
  /** How many Level 2 questions the rule asks, so the home page can show a best score as "5 of 9". */
  questionCount: z.number().int().min(1),
  quick: choiceQuestionSchema,
});
export type RuleSummary = z.infer<typeof ruleSummarySchema>;

/** The summary of a compiled rule (its quick question: the one marked, or its first choice). */
export function summaryOf(rule: Rule): RuleSummary {
  const choices = rule.questions.filter((q): q is ChoiceQuestion => q.type === 'choice');
  const quick = choices.find((q) => q.quick) ?? (choices[0] as ChoiceQuestion);
  const { id, order, untranslated, title, short } = rule;
  return {
    kind: 'rule-summary',
    id,
    order,
    untranslated,
    title,
    short,
    questionCount: rule.questions.length,
    quick,
  };
}

export const ruleFrontMatterSchema = z.strictObject({ title: z.string().min(1), short: z.string().min(1) });
export const RULE_TEXT_KEYS = ['title', 'short'] as const;
