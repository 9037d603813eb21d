/** Pure selectors over the store state. Every read by id goes through `own` (see own.ts). */
import { own } from './own.ts';
import type { ExerciseProgress, RuleProgress, StoryProgress } from './schema.ts';
import type { StoreState } from './types.ts';

export const selectSeatProgress = (s: StoreState) => own(s.progress, s.seats.active);

export const selectStory =
  (storyId: string) =>
  (s: StoreState): StoryProgress | undefined =>
    own(selectSeatProgress(s)?.stories, storyId);

export const selectExercises = (s: StoreState) => selectSeatProgress(s)?.exercises ?? NO_EXERCISES;
const NO_EXERCISES: Record<string, ExerciseProgress> = {};

export const selectRules = (s: StoreState) => selectSeatProgress(s)?.rules ?? NO_RULES;
const NO_RULES: Record<string, RuleProgress> = {};

export const selectQuickRound = (s: StoreState) => selectSeatProgress(s)?.quick ?? null;

/** The active seat's Level 1 marks, first and latest per rule (null: Level 1 not finished yet). */
export const selectLevel1 = (s: StoreState) => selectSeatProgress(s)?.level1 ?? null;

/**
 * Whose order a story's or an exercise's options come in (see seatShuffle): the active seat's, or, in
 * classroom mode, nobody's, so every projector shows the order the teacher rehearsed.
 */
export const selectOrderSeat = (s: StoreState): string | null =>
  s.settings.classroom ? null : s.seats.active;
