/**
 * Rank (type "rank"): choose `pick` cards and put them in order, most important first. Usually an opinion
 * (no wrong answer); otherwise the answer is the first `pick` cards in the order they are written. Pure state
 * changes, so the rules are tested without a screen.
 */
import type { ActivityItem } from '../../../content/workbookSchema.ts';
import { markAt, moveBy, moveTo, positionMarks, type PositionMarks } from './reorder.ts';

export interface RankState {
  /** The chosen card ids, in the child's order. */
  chosen: readonly string[];
  marks: PositionMarks | null;
  wrong: number;
  missed: boolean;
  done: boolean;
}

export const initialRank: RankState = { chosen: [], marks: null, wrong: 0, missed: false, done: false };

/** How many to choose: `pick`, never more than there are cards. */
export function pickCount(exercise: { pick?: number; items: readonly ActivityItem[] }): number {
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

export function moveChoice(state: RankState, id: string, delta: number): RankState {
  if (state.done) return state;
  const chosen = moveBy(state.chosen, id, delta);
  return chosen === state.chosen ? state : { ...state, chosen };
}

export function moveChoiceTo(state: RankState, id: string, index: number): RankState {
  if (state.done) return state;
  const chosen = moveTo(state.chosen, id, index);
  return chosen === state.chosen ? state : { ...state, chosen };
}

export const isReady = (state: RankState, pick: number) => state.chosen.length === pick;

/** An opinion is done as soon as the child has chosen and ordered; otherwise each place is checked. */
export function checkRank(
  exercise: { pick?: number; items: readonly ActivityItem[]; opinion: boolean },
  state: RankState,
): RankState {
  const pick = pickCount(exercise);
  if (state.done || !isReady(state, pick)) return state;
  if (exercise.opinion) return { ...state, marks: null, wrong: 0, done: true };
  const marks = positionMarks(
    state.chosen,
    exercise.items.slice(0, pick).map((i) => i.id),
  );
  const wrong = Object.values(marks).filter((m) => !m.right).length;
  return { ...state, marks, wrong, missed: state.missed || wrong > 0, done: wrong === 0 };
}

export function rankMark(state: RankState, id: string): 'right' | 'again' | null {
  return markAt(state.marks, id, state.chosen.indexOf(id));
}
