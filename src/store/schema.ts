/**
 * The persisted state, one schema per released version (bluesky style). `zod/mini` keeps the runtime
 * validator small on the home page's first load. Defaults live in one place: `defaults.ts`.
 */
import * as z from 'zod/mini';
import { LOCALES } from '../content/locales.ts';
import { RESERVED_IDS } from './own.ts';
import { SLUG } from '../content/slug.ts';

/**
 * Ids (seat, story, option, exercise, rule) must be slugs, so "__proto__" and free text never pass, and never a
 * name that lives on Object.prototype ("constructor"), which a plain object would answer for any record.
 */
const slugKey = z.string().check(
  z.regex(SLUG),
  z.maxLength(64),
  z.refine((id) => !RESERVED_IDS.has(id)),
);

export const ANIMALS = [
  'owl',
  'fox',
  'cat',
  'turtle',
  'rabbit',
  'bear',
  'whale',
  'frog',
  'lion',
  'panda',
] as const;
export const COLOURS = ['teal', 'orange', 'purple', 'green', 'blue', 'pink', 'yellow', 'red'] as const;

export const settingsV1 = z.object({
  locale: z.nullable(z.enum(LOCALES)),
  textSize: z.enum(['normal', 'large', 'larger', 'largest']),
  motion: z.enum(['system', 'reduce', 'full']),
  highContrast: z.boolean(),
  dyslexiaFont: z.boolean(),
  narrationRate: z.number().check(z.gte(0.5), z.lte(1.5)),
});

/**
 * At most this many entries in any record keyed by id (seats' progress, a seat's stories, exercises or rules):
 * far above what the content and 30 seats can make, low enough that a hostile file cannot bloat every save.
 */
export const MAX_ENTRIES = 200;
function idRecord<T extends z.core.SomeType>(value: T) {
  return z.record(slugKey, value).check(z.refine((r) => Object.keys(r).length <= MAX_ENTRIES));
}

export const seatV1 = z.object({ id: slugKey, animal: z.enum(ANIMALS), colour: z.enum(COLOURS) });

export const storyProgressV1 = z.object({
  /** Index of the last step the child was on (0-based). */
  step: z.number().check(z.int(), z.gte(0), z.lte(200)),
  /** The option id the child last chose, if any. */
  choice: z.nullable(slugKey),
  done: z.boolean(),
});

export const seatProgressV1 = z.object({ stories: idRecord(storyProgressV1) });

/** v2 (the workbook): each exercise's completion and whether it was right at the first try. */
export const exerciseProgressV2 = z.object({ done: z.boolean(), firstTry: z.boolean() });
/** v2 (Net Rules): the best share of a rule's questions answered right, and whether its badge is earned. */
export const ruleProgressV2 = z.object({ best: z.number().check(z.gte(0), z.lte(1)), badge: z.boolean() });
/** v2 (Net Rules Level 1): which rules the last quick round suggests exploring first. */
export const quickRoundV2 = z.object({
  missed: z.array(slugKey).check(z.maxLength(20)),
  total: z.number().check(z.int(), z.gte(0), z.lte(20)),
});
export const seatProgressV2 = z.object({
  stories: idRecord(storyProgressV1),
  exercises: idRecord(exerciseProgressV2),
  rules: idRecord(ruleProgressV2),
  quick: z.nullable(quickRoundV2),
});

/** v2 adds an optional question timer for Net Rules: seconds per question, off (null) by default. */
export const settingsV2 = z.object({
  ...settingsV1.shape,
  timer: z.nullable(z.number().check(z.int(), z.gte(10), z.lte(300))),
  /** Home: seats only if a family adds more than one. School: back to "who is learning?" when idle. */
  mode: z.enum(['home', 'school']),
  idleMinutes: z.number().check(z.int(), z.gte(1), z.lte(60)),
  /** Projector mode for a teacher: big type, presenter keys, answers on cue; it never writes progress. */
  classroom: z.boolean(),
});

/** True when no two seats share an id (they would be removed together, and progress could not be told apart). */
export function seatIdsUnique(list: readonly { id: unknown }[]): boolean {
  return new Set(list.map((s) => s.id)).size === list.length;
}

const seats = z.object({
  list: z.array(seatV1).check(z.minLength(1), z.maxLength(30), z.refine(seatIdsUnique)),
  active: slugKey,
});

export const persistedV1 = z.object({
  settings: settingsV1,
  seats,
  progress: idRecord(seatProgressV1),
});
export const persistedV2 = z.object({
  settings: settingsV2,
  seats,
  progress: idRecord(seatProgressV2),
});

/** v3 (the idle hand-over at school): no seat is active (null) until the next child picks one. */
export const persistedV3 = z.object({
  settings: settingsV2,
  seats: z.object({ list: seats.shape.list, active: z.nullable(slugKey) }),
  progress: idRecord(seatProgressV2),
});

/**
 * v4 (what a teen learned): each rule's Level 1 quick question, marked right or not, the first time the seat
 * answered it and the latest time. Only marks: never the option chosen, never anything typed.
 *
 * For readers of export files (the teacher's class view): `state.progress[seatId].level1` is either null (the
 * seat never finished Level 1) or `{ rounds, marks }`, where `rounds` counts the Level 1 rounds the seat
 * finished (2 or more: there is an "after" to compare), and `marks[ruleId] = { first, latest }` are booleans,
 * true for right. Rule ids are the content's (an import keeps only known ones). A file of version 3 or older
 * gets `level1` from its `quick` on reading (see migrations.ts); `quick` is still written, unchanged.
 */
export const level1MarkV4 = z.object({ first: z.boolean(), latest: z.boolean() });
/** Rounds saturate here: a count, not a history. */
export const MAX_LEVEL1_ROUNDS = 999;
export const level1V4 = z.object({
  rounds: z.number().check(z.int(), z.gte(1), z.lte(MAX_LEVEL1_ROUNDS)),
  marks: idRecord(level1MarkV4),
});
export const seatProgressV4 = z.object({ ...seatProgressV2.shape, level1: z.nullable(level1V4) });
export const persistedV4 = z.object({
  settings: settingsV2,
  seats: persistedV3.shape.seats,
  progress: idRecord(seatProgressV4),
});

/**
 * v5 (what a class found hard): an exercise also keeps `slips`, the ids of its items (cards, options,
 * statements, steps, pairs, messages, parts) that were not right at some check before the child got it all
 * right. Item ids from the content, never words: at most one per item. Optional, so a v4 state is a v5 state
 * (a record without it says nothing about slips). For readers of export files: only ids the exercise defines
 * survive an import (importFilter.ts).
 */
export const MAX_SLIPS = 40;
export const exerciseProgressV5 = z.object({
  ...exerciseProgressV2.shape,
  slips: z.optional(z.array(slugKey).check(z.maxLength(MAX_SLIPS))),
});
export const seatProgressV5 = z.object({ ...seatProgressV4.shape, exercises: idRecord(exerciseProgressV5) });
export const persistedV5 = z.object({
  settings: settingsV2,
  seats: persistedV3.shape.seats,
  progress: idRecord(seatProgressV5),
});

export type PersistedV1 = z.infer<typeof persistedV1>;
export type PersistedV2 = z.infer<typeof persistedV2>;
export type PersistedV3 = z.infer<typeof persistedV3>;
export type PersistedV4 = z.infer<typeof persistedV4>;
export type PersistedV5 = z.infer<typeof persistedV5>;
export type Persisted = PersistedV5;
export type Settings = z.infer<typeof settingsV2>;
export type Seat = z.infer<typeof seatV1>;
export type StoryProgress = z.infer<typeof storyProgressV1>;
export type SeatProgress = z.infer<typeof seatProgressV5>;
export type ExerciseProgress = z.infer<typeof exerciseProgressV5>;
export type RuleProgress = z.infer<typeof ruleProgressV2>;
export type QuickRound = z.infer<typeof quickRoundV2>;
export type Level1 = z.infer<typeof level1V4>;
export type Level1Mark = z.infer<typeof level1MarkV4>;
export const currentSchema = persistedV5;
