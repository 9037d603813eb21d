/**
 * "Choose one" (type 'choice'): the child chooses an option, then checks it. A right option completes the
 * activity; an option that is not right stays marked (so the child learns from it) and they choose again.
 * In an opinion, any option completes. Pure: the component keeps the state, these functions move it on.
 */
import type { ExerciseOf, ItemOf } from '../../../../content/workbookSchema.ts';
import { freshAttempt, judged, type Attempt, type Verdict } from '../kit/attempt.ts';

export type ChoiceOutcome = 'right' | 'wrong' | 'opinion';

export interface ChoiceState extends Attempt {
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
  ...freshAttempt,
};

/** The right option: what a check accepts, and what the classroom reveals. */
export const isRightOption = (option: ItemOf<'choice'>): boolean => option.correct === true;

export const isChoiceDone = (state: ChoiceState): boolean => state.done;

/** Choosing an option changes nothing once the activity is done. */
export function selectOption(state: ChoiceState, id: string): ChoiceState {
  return state.done || state.selected === id ? state : { ...state, selected: id };
}

/** Checks the chosen option. Nothing happens with no option chosen, or when already done. */
export function checkChoice(exercise: ExerciseOf<'choice'>, state: ChoiceState): ChoiceState {
  if (state.done || state.selected === null) return state;
  const item = exercise.items.find((i) => i.id === state.selected);
  if (!item) return state;
  const outcome: ChoiceOutcome = exercise.opinion ? 'opinion' : isRightOption(item) ? 'right' : 'wrong';
  const tried =
    outcome === 'wrong' && !state.tried.includes(item.id) ? [...state.tried, item.id] : state.tried;
  const attempt = judged(state, outcome === 'wrong' ? [item.id] : []);
  return { ...state, ...attempt, checked: item.id, outcome, tried, checks: state.checks + 1 };
}

/** How an option is marked: right (once found), "think again" (tried and not right), or not at all. */
export function choiceMark(state: ChoiceState, id: string): Verdict | null {
  if (state.outcome === 'right' && state.checked === id) return 'right';
  return state.tried.includes(id) ? 'again' : null;
}
