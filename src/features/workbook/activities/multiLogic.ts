/**
 * "Choose all that fit" (type 'multi'): the child ticks options, then checks. Each ticked option is marked
 * right or "think again"; a right option left unticked counts as not right too (without saying which, so
 * the child looks again). Options found right stay ticked and locked; the activity is done when the ticked
 * set is exactly the right set. In an opinion, any non-empty choice completes. Pure.
 */
import type { ExerciseOf } from '../../../content/workbookSchema.ts';
import type { OptionMark } from './choiceLogic.ts';

export interface MultiState {
  selected: readonly string[];
  /** Marks given by checks so far: an option found right stays right; one not right stays marked. */
  marks: Readonly<Record<string, OptionMark>>;
  /** After a check: how many answers are not right yet (ticked but not right, plus right ones missed). */
  wrong: number | null;
  checks: number;
  /** Checks that did not find everything right. */
  failedChecks: number;
  done: boolean;
}

export const initialMultiState: MultiState = {
  selected: [],
  marks: {},
  wrong: null,
  checks: 0,
  failedChecks: 0,
  done: false,
};

export function correctIds(exercise: ExerciseOf<'multi'>): string[] {
  return exercise.items.filter((i) => i.correct === true).map((i) => i.id);
}

/** Whether the child may still change this option: not once done, nor once it was found right. */
export function isLocked(state: MultiState, id: string): boolean {
  return state.done || state.marks[id] === 'right';
}

export function toggleOption(state: MultiState, id: string): MultiState {
  if (isLocked(state, id)) return state;
  const selected = state.selected.includes(id)
    ? state.selected.filter((s) => s !== id)
    : [...state.selected, id];
  return { ...state, selected };
}

export function checkMulti(exercise: ExerciseOf<'multi'>, state: MultiState): MultiState {
  if (state.done || state.selected.length === 0) return state;
  const checks = state.checks + 1;
  if (exercise.opinion) return { ...state, wrong: 0, checks, done: true };
  const correct = new Set(correctIds(exercise));
  const marks: Record<string, OptionMark> = { ...state.marks };
  for (const id of state.selected) marks[id] = correct.has(id) ? 'right' : 'again';
  const chosenWrong = state.selected.filter((id) => !correct.has(id)).length;
  const missed = [...correct].filter((id) => !state.selected.includes(id)).length;
  const wrong = chosenWrong + missed;
  return {
    ...state,
    marks,
    wrong,
    checks,
    failedChecks: state.failedChecks + (wrong > 0 ? 1 : 0),
    done: wrong === 0,
  };
}

export function multiFirstTry(state: MultiState): boolean {
  return state.failedChecks === 0;
}
