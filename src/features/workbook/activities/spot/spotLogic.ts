/**
 * Spot (type 'spot'): the child taps every part of a screen that is a red flag or a clue, then checks. It is
 * "choose all that fit" drawn as a chat or a post, so it plays by the same rules (multiLogic): each tapped part
 * is marked, a flag left untapped is counted without saying which, and it is done when exactly the flags are
 * tapped. Pure.
 */
import type { ExerciseOf } from '../../../../content/workbookSchema.ts';
import { checkMulti, type MultiState } from '../multi/multiLogic.ts';

export { initialMultiState as initialSpotState, isLocked, toggleOption } from '../multi/multiLogic.ts';
export type SpotState = MultiState;

/** The parts to find: what a check compares the taps with, and what the classroom reveals. */
export function flaggedIds(exercise: ExerciseOf<'spot'>): string[] {
  return exercise.items.filter((i) => i.flag).map((i) => i.id);
}

/** The same check as choose-all-that-fit, with a flag as a right answer. */
export function checkSpot(exercise: ExerciseOf<'spot'>, state: SpotState): SpotState {
  const asMulti: ExerciseOf<'multi'> = {
    ...exercise,
    type: 'multi',
    items: exercise.items.map(({ id, label, explain, flag }) => ({ id, label, explain, correct: flag })),
  };
  return checkMulti(asMulti, state);
}
