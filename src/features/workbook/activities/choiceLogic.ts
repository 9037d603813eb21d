/**
 * "Choose one" (type 'choice'): the child chooses an option, then checks it. A right option completes the
 * activity; an option that is not right stays marked (so the child learns from it) and they choose again.
 * In an opinion, any option completes. Pure: the component keeps the state, these functions move it on.
 */
import type { ExerciseOf } from '../../../content/workbookSchema.ts';

export type ChoiceOutcome = 'right' | 'wrong' | 'opinion';
export type OptionMark = 'right' | 'again';

export interface ChoiceState {
  /** The option chosen now (checked or not yet). */
  selected: string | null;
  /** Options checked and found not right, in the order they were tried. They stay marked. */
  tried: readonly string[];
  /** The option checked last, and how it went. */
  checked: string | null;
  outcome: ChoiceOutcome | null;
  /** How many times "Check" was pressed: a new check reveals its feedback afresh. */
  checks: number;
}

export const initialChoiceState: ChoiceState = {
  selected: null,
  tried: [],
  checked: null,
  outcome: null,
  checks: 0,
};

export function isChoiceDone(state: ChoiceState): boolean {
  return state.outcome === 'right' || state.outcome === 'opinion';
}

/** Choosing an option changes nothing once the activity is done. */
export function selectOption(state: ChoiceState, id: string): ChoiceState {
  return isChoiceDone(state) || state.selected === id ? state : { ...state, selected: id };
}

/** Checks the chosen option. Nothing happens with no option chosen, or when already done. */
export function checkChoice(exercise: ExerciseOf<'choice'>, state: ChoiceState): ChoiceState {
  if (isChoiceDone(state) || state.selected === null) return state;
  const item = exercise.items.find((i) => i.id === state.selected);
  if (!item) return state;
  const outcome: ChoiceOutcome = exercise.opinion ? 'opinion' : item.correct === true ? 'right' : 'wrong';
  const tried =
    outcome === 'wrong' && !state.tried.includes(item.id) ? [...state.tried, item.id] : state.tried;
  return { ...state, checked: item.id, outcome, tried, checks: state.checks + 1 };
}

/** Right the first time: no option that was not right was ever checked. */
export function choiceFirstTry(state: ChoiceState): boolean {
  return state.tried.length === 0;
}

/** How an option is marked: right (once found), "think again" (tried and not right), or not at all. */
export function choiceMark(state: ChoiceState, id: string): OptionMark | null {
  if (state.outcome === 'right' && state.checked === id) return 'right';
  return state.tried.includes(id) ? 'again' : null;
}
