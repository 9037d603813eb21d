/**
 * "True or false?" (type 'true-false'): each statement is answered on its own and judged at once. A
 * statement answered right is locked; one answered wrong can be answered again. Done when every statement is
 * right (in an opinion: when every statement has an answer). Right first time: no wrong answer ever. Pure.
 */
import type { ExerciseOf, ItemOf } from '../../../../content/workbookSchema.ts';
import { freshAttempt, judged, type Attempt } from '../kit/attempt.ts';

type TrueFalse = ExerciseOf<'true-false'>;
type Statement = ItemOf<'true-false'>;

export type StatementStatus = 'open' | 'right' | 'again' | 'answered';

export interface TrueFalseState extends Attempt {
  answers: Readonly<Record<string, boolean>>;
}

export const initialTrueFalseState: TrueFalseState = { answers: {}, ...freshAttempt };

/** Whether a statement is true: what an answer is judged by, and what the classroom reveals. */
export const truthOf = (statement: Statement): boolean => statement.answer;

export function statementStatus(
  exercise: TrueFalse,
  state: Pick<TrueFalseState, 'answers'>,
  item: Statement,
): StatementStatus {
  const given = state.answers[item.id];
  if (given === undefined) return 'open';
  if (exercise.opinion) return 'answered';
  return given === truthOf(item) ? 'right' : 'again';
}

/** Whether the answer to this statement may still change: not once it is right (nor once all is done). */
export function isStatementLocked(exercise: TrueFalse, state: TrueFalseState, item: Statement): boolean {
  return statementStatus(exercise, state, item) === 'right' || state.done;
}

/** Answers one statement and judges the whole at once: how many are not right now, and whether all are. */
export function answerStatement(
  exercise: TrueFalse,
  state: TrueFalseState,
  id: string,
  value: boolean,
): TrueFalseState {
  const item = exercise.items.find((i) => i.id === id);
  if (!item || isStatementLocked(exercise, state, item) || state.answers[id] === value) return state;
  const answers = { ...state.answers, [id]: value };
  const next = { answers };
  return { answers, ...judged(state, wrongIds(exercise, next), isTrueFalseDone(exercise, next)) };
}

/** How many statements are answered and not right yet. */
export function wrongCount(exercise: TrueFalse, state: Pick<TrueFalseState, 'answers'>): number {
  return wrongIds(exercise, state).length;
}

/** The statements answered wrong and not yet answered again. */
function wrongIds(exercise: TrueFalse, state: Pick<TrueFalseState, 'answers'>): string[] {
  return exercise.items.filter((i) => statementStatus(exercise, state, i) === 'again').map((i) => i.id);
}

/** Every statement right (in an opinion: answered). */
export function isTrueFalseDone(exercise: TrueFalse, state: Pick<TrueFalseState, 'answers'>): boolean {
  return exercise.items.every((i) => {
    const status = statementStatus(exercise, state, i);
    return status === 'right' || status === 'answered';
  });
}
