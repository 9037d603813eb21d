/**
 * "Choose all that fit" (type 'multi'): the child ticks options, then checks. Each ticked option is marked
 * right or "think again"; a right option left unticked counts as not right too (without saying which, so
 * the child looks again). Options found right stay ticked and locked; the activity is done when the ticked
 * set is exactly the right set. In an opinion, any non-empty choice completes. Pure.
 */
import type { ExerciseOf } from '../../../../content/workbookSchema.ts';
import { freshAttempt, judged, type Attempt, type Verdict } from '../kit/attempt.ts';

export interface MultiState extends Attempt {
  selected: readonly string[];
  /** Marks given by checks so far: an option found right stays right; one not right stays marked. */
  marks: Readonly<Record<string, Verdict>>;
  /** How many times "Check" was pressed: a new check reveals its feedback afresh. */
  checks: number;
}

export const initialMultiState: MultiState = { selected: [], marks: {}, checks: 0, ...freshAttempt };

/** The right options: what a check compares the ticks with, and what the classroom reveals. */
export function correctIds(exercise: ExerciseOf<'multi'>): string[] {
  return exercise.items.filter((i) => i.correct).map((i) => i.id);
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

/** After a check, `wrong` counts the ticked options that are not right plus the right ones missed. */
export function checkMulti(exercise: ExerciseOf<'multi'>, state: MultiState): MultiState {
  if (state.done || state.selected.length === 0) return state;
  const checks = state.checks + 1;
  if (exercise.opinion) return { ...state, checks, ...judged(state, []) };
  const correct = new Set(correctIds(exercise));
  const marks: Record<string, Verdict> = { ...state.marks };
  for (const id of state.selected) marks[id] = correct.has(id) ? 'right' : 'again';
  const chosenWrong = state.selected.filter((id) => !correct.has(id));
  const missed = [...correct].filter((id) => !state.selected.includes(id));
  return { ...state, marks, checks, ...judged(state, [...chosenWrong, ...missed]) };
}
