/** Progress belongs to the active seat. Selectors are pure functions in `selectors.ts`. */
import { emptySeatProgress } from './defaults.ts';
import { recordLevel1 } from './level1.ts';
import { own } from './own.ts';
import { MAX_SLIPS, type ExerciseProgress, type SeatProgress, type StoryProgress } from './schema.ts';
import type { SliceCreator, StoreState } from './types.ts';

export interface ProgressSlice {
  progress: Record<string, SeatProgress>;
  /** Remembers where the child is in a story (step index) and, optionally, the option they chose. */
  saveStory(storyId: string, patch: Partial<StoryProgress>): void;
  /** "Read again": back to the first page, keeping the star already earned. */
  restartStory(storyId: string): void;
  /** A finished exercise; done stays done, and a first-try success is never taken back by a later retry. */
  completeExercise(exerciseId: string, result: { firstTry: boolean; slips?: readonly string[] }): void;
  /** A finished round of a rule's questions: the best share right is kept, and a badge once earned stays. */
  finishRule(ruleId: string, share: number, badge: boolean): void;
  /**
   * A finished Level 1 round, as a mark per rule (rule id -> right). Kept: the rules missed this time (to
   * explore first), and each rule's first and latest mark. Never which option was chosen.
   */
  finishQuickRound(round: Record<string, boolean>): void;
}

/**
 * The slips an exercise keeps: those of its first completion, and none once it has been right the first time
 * (so "right first time" and the slips never disagree). Capped, as the schema is.
 */
function slipsKept(
  before: ExerciseProgress | undefined,
  after: { done: true; firstTry: boolean },
  slips: readonly string[],
): ExerciseProgress {
  if (after.firstTry) return { ...after, slips: [] };
  if (before?.done) return before.slips ? { ...after, slips: before.slips } : after;
  return { ...after, slips: slips.slice(0, MAX_SLIPS) };
}

const NEW_STORY: StoryProgress = { step: 0, choice: null, done: false };

function withStory(s: StoreState, storyId: string, update: (p: StoryProgress) => StoryProgress) {
  const seat = s.seats.active;
  if (seat === null) return s;
  const mine = own(s.progress, seat) ?? emptySeatProgress();
  const before = own(mine.stories, storyId) ?? NEW_STORY;
  const after = update(before);
  if (after.step === before.step && after.choice === before.choice && after.done === before.done) return s;
  return { progress: { ...s.progress, [seat]: { ...mine, stories: { ...mine.stories, [storyId]: after } } } };
}

/**
 * In classroom mode nothing writes to any seat's progress: the class works on the teacher's screen. After the
 * idle hand-over (no active seat) nothing is written either, until a child picks their seat.
 */
function guarded(set: Parameters<SliceCreator<ProgressSlice>>[0], get: () => StoreState) {
  return (update: (s: StoreState) => StoreState | Partial<StoreState>) => {
    if (!get().settings.classroom) set(update);
  };
}

export const createProgressSlice: SliceCreator<ProgressSlice> = (rawSet, get) => {
  const set = guarded(rawSet, get);
  return {
    progress: {},
    saveStory: (storyId, patch) =>
      set((s) =>
        withStory(s, storyId, (p) => ({
          ...p,
          ...patch,
          done: p.done || patch.done === true, // a star, once earned, stays
        })),
      ),
    restartStory: (storyId) => set((s) => withStory(s, storyId, (p) => ({ ...p, step: 0, choice: null }))),
    finishRule: (ruleId, share, badge) =>
      set((s) => {
        const seat = s.seats.active;
        if (seat === null) return s;
        const mine = own(s.progress, seat) ?? emptySeatProgress();
        const before = own(mine.rules, ruleId);
        const after = { best: Math.max(share, before?.best ?? 0), badge: badge || (before?.badge ?? false) };
        return {
          progress: { ...s.progress, [seat]: { ...mine, rules: { ...mine.rules, [ruleId]: after } } },
        };
      }),
    finishQuickRound: (round) =>
      set((s) => {
        const seat = s.seats.active;
        if (seat === null) return s;
        const mine = own(s.progress, seat) ?? emptySeatProgress();
        const ids = Object.keys(round);
        const quick = { missed: ids.filter((id) => !round[id]), total: ids.length };
        const level1 = recordLevel1(mine.level1, round);
        return { progress: { ...s.progress, [seat]: { ...mine, quick, level1 } } };
      }),
    completeExercise: (exerciseId, { firstTry, slips = [] }) =>
      set((s) => {
        const seat = s.seats.active;
        if (seat === null) return s;
        const mine = own(s.progress, seat) ?? emptySeatProgress();
        const before = own(mine.exercises, exerciseId);
        const after = slipsKept(
          before,
          { done: true, firstTry: firstTry || (before?.firstTry ?? false) },
          slips,
        );
        if (before?.done && before.firstTry === after.firstTry) return s;
        return {
          progress: {
            ...s.progress,
            [seat]: { ...mine, exercises: { ...mine.exercises, [exerciseId]: after } },
          },
        };
      }),
  };
};
