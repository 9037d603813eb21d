/**
 * Rank (type "rank"): choose `pick` cards and put them in order, most important first. Usually an opinion
 * (no wrong answer); otherwise the answer is the first `pick` cards in the order they are written. Pure state
 * changes, so the rules are tested without a screen.
 */
import type { ActivityItem } from '../../../../content/workbookSchema.ts';
import { freshAttempt, judged, type Attempt } from '../kit/attempt.ts';
import { markAt, moveBy, moveIn, moveTo, positionMarks, type PositionMarks } from '../kit/reorder.ts';

export interface RankState extends Attempt {
  /** The chosen card ids, in the child's order. */
  chosen: readonly string[];
  marks: PositionMarks | null;
}

export const initialRank: RankState = { chosen: [], marks: null, ...freshAttempt };

type Ranked = { pick?: number; items: readonly ActivityItem[] };

/** How many to choose: `pick`, never more than there are cards. */
export function pickCount(exercise: Ranked): number {
  return Math.max(1, Math.min(exercise.pick ?? exercise.items.length, exercise.items.length));
}

/** Chooses a card (at the end, or at `index`), or takes it out if it was chosen. Never more than `pick`. */
export function toggleChoice(state: RankState, id: string, pick: number, index?: number): RankState {
  if (state.done) return state;
  if (state.chosen.includes(id)) return { ...state, chosen: state.chosen.filter((c) => c !== id) };
  if (state.chosen.length >= pick) return state;
  const chosen = [...state.chosen];
  chosen.splice(index ?? chosen.length, 0, id);
  return { ...state, chosen };
}

export const moveChoice = (state: RankState, id: string, delta: number): RankState =>
  moveIn(state, 'chosen', (list) => moveBy(list, id, delta));

export const moveChoiceTo = (state: RankState, id: string, index: number): RankState =>
  moveIn(state, 'chosen', (list) => moveTo(list, id, index));

export const isReady = (state: RankState, pick: number) => state.chosen.length === pick;

/** The right ranking, when it is not an opinion: the first `pick` cards, in the order they are written. */
export const rankAnswer = (exercise: Ranked): string[] =>
  exercise.items.slice(0, pickCount(exercise)).map((i) => i.id);

/** An opinion is done as soon as the child has chosen and ordered; otherwise each place is checked. */
export function checkRank(exercise: Ranked & { opinion: boolean }, state: RankState): RankState {
  const pick = pickCount(exercise);
  if (state.done || !isReady(state, pick)) return state;
  if (exercise.opinion) return { ...state, marks: null, ...judged(state, []) };
  const marks = positionMarks(state.chosen, rankAnswer(exercise));
  const wrong = state.chosen.filter((id) => marks[id]?.right === false);
  return { ...state, marks, ...judged(state, wrong) };
}

export function rankMark(state: RankState, id: string): 'right' | 'again' | null {
  return markAt(state.marks, id, state.chosen.indexOf(id));
}
