/**
 * The workbook's compiled shape (9–12): a module holds an introduction, its exercises (and, where the brief
 * asks, a summary page between them), a "what I learned" recap and the educator notes.
 * Shared by the compiler (validation) and the app (types only).
 */
import { z } from 'zod';
import { blockSchema, inlineSchema } from './richText.ts';
import { slug } from './slugSchema.ts';

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
  'spot',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** How a spot exercise's screen is drawn: a chat, a social post, an advert or a web page (never a real brand). */
export const SPOT_LOOKS = ['chat', 'post', 'ad', 'page'] as const;
export type SpotLook = (typeof SPOT_LOOKS)[number];
export const SPEAKERS = ['them', 'you'] as const;
/**
 * What a part of a made-up post, ad or page is, so it is drawn like one: the web address, who posted it, small
 * print (a time, "Sponsored", a count), a headline, a line of text, a picture (described in words) or a button.
 */
export const SPOT_ROLES = ['address', 'who', 'meta', 'title', 'text', 'picture', 'action'] as const;
export type SpotRole = (typeof SPOT_ROLES)[number];

/** What every item has: its id, what the child sees on the card or button, and why. */
const item = {
  id: slug,
  label: inlines,
  /** Shown as feedback once the item is answered. May be empty for steps and rank cards. */
  explain: blocks,
};
/** A `correct` flag: the right option (choice), one of the right ones (multi), the kinder message (kinder). */
const correct = z.boolean();

export const binSchema = z.strictObject({ id: slug, label: inlines });
export type Bin = z.infer<typeof binSchema>;

/** What every exercise has, whatever its type. */
const exercise = {
  kind: z.literal('exercise'),
  id: slug,
  /** Exercise number in the workbook (1–12), as in the original. */
  number: z.number().int().min(1),
  /**
   * Where an exercise has grown into several activities side by side (exercise 5: a post, an ad, a chatbot's
   * answer, then statements), which of them this is: "Exercise 5, part 2 of 4". The compiler counts them.
   */
  part: z.strictObject({ index: z.number().int().min(1), of: z.number().int().min(2) }).optional(),
  title: z.string().min(1),
  instructions: blocks,
  /** An opinion has no wrong answer, and says so. */
  opinion: z.boolean(),
  /** Shown after a wrong try, to help the retry. */
  hint: blocks,
  /** Shown when the exercise is done: what it was about. */
  feedback: blocks,
};
const itemsOf = <T extends z.ZodType>(schema: T) => z.array(schema).min(2);

/**
 * One shape per activity type, told apart by `type`: an item carries exactly the answer its type checks, so a
 * sort card always has its bin and a statement always its truth, for the compiler and the app alike.
 */
export const exerciseSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...exercise,
    type: z.literal('sort'),
    bins: z.array(binSchema).min(2),
    /** A card, with the id of the bin it belongs in. */
    items: itemsOf(z.strictObject({ ...item, bin: slug })),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('rank'),
    /** How many to choose. Not an opinion: the first `pick` cards, in the order written, are the answer. */
    pick: z.number().int().min(1),
    items: itemsOf(z.strictObject(item)),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('choice'),
    items: itemsOf(z.strictObject({ ...item, correct })),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('multi'),
    items: itemsOf(z.strictObject({ ...item, correct })),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('true-false'),
    /** A statement, and whether it is true. */
    items: itemsOf(z.strictObject({ ...item, answer: z.boolean() })),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('order'),
    /** Steps in the right order; one flagged `anywhere` (telling a trusted adult) is right at any place. */
    items: itemsOf(z.strictObject({ ...item, anywhere: z.literal(true).optional() })),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('kinder'),
    /** Messages in pairs (a `round`), the kinder one of each pair `correct`. */
    items: itemsOf(z.strictObject({ ...item, round: slug, correct })),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('match'),
    /** A left-hand card (`label`) and the right-hand card it pairs with (`match`). */
    items: itemsOf(z.strictObject({ ...item, match: inlines })),
  }),
  z.strictObject({
    ...exercise,
    type: z.literal('spot'),
    look: z.enum(SPOT_LOOKS),
    /**
     * The screen's parts in order (a chat's messages, a post's lines); the child taps each one `flag`ged: a red
     * flag, a clue. In a chat, `from` says whose message it is.
     */
    items: itemsOf(
      z.strictObject({
        ...item,
        flag: z.boolean(),
        from: z.enum(SPEAKERS).optional(),
        as: z.enum(SPOT_ROLES).optional(),
      }),
    ),
  }),
]);
export type Exercise = z.infer<typeof exerciseSchema>;
/** The exercise of one activity type, and its items. */
export type ExerciseOf<T extends ActivityType> = Extract<Exercise, { type: T }>;
export type ItemOf<T extends ActivityType> = ExerciseOf<T>['items'][number];
/** Any item: what every type shares (id, label, explain) is there; the answer fields depend on the type. */
export type ActivityItem = Exercise['items'][number];

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
