/** Pure selectors over the store state. */
import type { StoryProgress } from './schema.ts';
import type { StoreState } from './types.ts';

export const selectSeatProgress = (s: StoreState) => s.progress[s.seats.active];

export const selectStory =
  (storyId: string) =>
  (s: StoreState): StoryProgress | undefined =>
    s.progress[s.seats.active]?.stories[storyId];

export const selectExercises = (s: StoreState) => s.progress[s.seats.active]?.exercises ?? NO_EXERCISES;
const NO_EXERCISES: Record<string, { done: boolean; firstTry: boolean }> = {};

export const selectRules = (s: StoreState) => s.progress[s.seats.active]?.rules ?? NO_RULES;
const NO_RULES: Record<string, { best: number; badge: boolean }> = {};

export const selectQuickRound = (s: StoreState) => s.progress[s.seats.active]?.quick ?? null;
