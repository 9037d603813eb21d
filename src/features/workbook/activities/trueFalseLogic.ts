/**
 * "True or false?" (type 'true-false'): each statement is answered on its own and judged at once. A
 * statement answered right is locked; one answered wrong can be answered again. Done when every statement is
 * right (in an opinion: when every statement has an answer). Right first time: no wrong answer ever. Pure.
 */
import type { ExerciseOf, ItemOf } from '../../../content/workbookSchema.ts';

export type StatementStatus = 'open' | 'right' | 'again' | 'answered';

export interface TrueFalseState {
  answers: Readonly<Record<string, boolean>>;
  /** A wrong answer was given at some point. */
  everWrong: boolean;
}

export const initialTrueFalseState: TrueFalseState = { answers: {}, everWrong: false };

export function statementStatus(
  exercise: ExerciseOf<'true-false'>,
  state: TrueFalseState,
  item: ItemOf<'true-false'>,
): StatementStatus {
  const given = state.answers[item.id];
  if (given === undefined) return 'open';
  if (exercise.opinion) return 'answered';
  return given === item.answer ? 'right' : 'again';
}

/** Whether the answer to this statement may still change: not once it is right (nor once all is done). */
export function isStatementLocked(
  exercise: ExerciseOf<'true-false'>,
  state: TrueFalseState,
  item: ItemOf<'true-false'>,
): boolean {
  return statementStatus(exercise, state, item) === 'right' || isTrueFalseDone(exercise, state);
}

export function answerStatement(
  exercise: ExerciseOf<'true-false'>,
  state: TrueFalseState,
  id: string,
  value: boolean,
): TrueFalseState {
  const item = exercise.items.find((i) => i.id === id);
  if (!item || isStatementLocked(exercise, state, item) || state.answers[id] === value) return state;
  const wrong = !exercise.opinion && value !== item.answer;
  return { answers: { ...state.answers, [id]: value }, everWrong: state.everWrong || wrong };
}

/** How many statements are answered and not right yet. */
export function wrongCount(exercise: ExerciseOf<'true-false'>, state: TrueFalseState): number {
  return exercise.items.filter((i) => statementStatus(exercise, state, i) === 'again').length;
}

export function isTrueFalseDone(exercise: ExerciseOf<'true-false'>, state: TrueFalseState): boolean {
  return exercise.items.every((i) => {
    const status = statementStatus(exercise, state, i);
    return status === 'right' || status === 'answered';
  });
}

export function trueFalseFirstTry(state: TrueFalseState): boolean {
  return !state.everWrong;
}
