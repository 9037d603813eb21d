/**
 * Match (type "match"): each item's `label` (left) goes with its `match` (right). A right-hand card is known by
 * its item's id. Pure state changes, so the rules are tested without a screen.
 */
import type { ItemOf } from '../../../../content/workbookSchema.ts';
import { shuffleAway } from '../../../../ui/shuffle.ts';
import { freshAttempt, judged } from '../kit/attempt.ts';
import { sendBack, type BoardState } from '../kit/boardState.ts';

type Pair = ItemOf<'match'>;

/** Left cards are the board's cards: `locked` pairs stay together, `returned` ones were pulled apart. */
export interface MatchState extends BoardState {
  /** Left id → the right-hand card (an item id) put with it. */
  pairs: Readonly<Record<string, string>>;
}

export const initialMatch: MatchState = { pairs: {}, locked: [], returned: [], ...freshAttempt };

/** The right-hand cards mixed, the same way every time, and never lined up with the left. */
export function shuffledRights(items: readonly Pair[], seed: string): Pair[] {
  return shuffleAway(items, `${seed}:match`);
}

/** Right-hand cards not yet put with a left card, in the given order. */
export function freeRights(rights: readonly Pair[], state: MatchState): Pair[] {
  const used = new Set(Object.values(state.pairs));
  return rights.filter((r) => !used.has(r.id));
}

/** Puts a right-hand card with a left card (taking it from any other left card first). */
export function pairUp(state: MatchState, left: string, right: string): MatchState {
  if (state.done || state.locked.includes(left) || state.pairs[left] === right) return state;
  const owner = Object.keys(state.pairs).find((l) => state.pairs[l] === right);
  if (owner !== undefined && state.locked.includes(owner)) return state;
  const pairs = { ...state.pairs };
  if (owner !== undefined) delete pairs[owner];
  pairs[left] = right;
  return { ...state, pairs, returned: state.returned.filter((id) => id !== left) };
}

export function unpair(state: MatchState, left: string): MatchState {
  if (state.done || state.locked.includes(left) || state.pairs[left] === undefined) return state;
  const pairs = { ...state.pairs };
  delete pairs[left];
  return { ...state, pairs };
}

export const allPaired = (items: readonly Pair[], state: MatchState) =>
  items.every((i) => state.pairs[i.id] !== undefined);

/**
 * Whether the right-hand card `right` (an item id) goes with `left`: its own, or another with the very same
 * words (a child cannot tell those apart). What a check asks, and what the classroom's answers must satisfy.
 */
export function isRightPair(items: readonly Pair[], left: Pair, right: string | undefined): boolean {
  if (right === left.id) return true;
  const other = items.find((i) => i.id === right);
  return other !== undefined && JSON.stringify(other.match) === JSON.stringify(left.match);
}

/** Right pairs stay; wrong pairs come apart. Done when every pair is right (or for an opinion). */
export function checkMatch(items: readonly Pair[], state: MatchState, opinion: boolean): MatchState {
  if (state.done || !allPaired(items, state)) return state;
  const wrong = opinion
    ? []
    : items.filter((i) => !isRightPair(items, i, state.pairs[i.id])).map((i) => i.id);
  const { kept, locked, returned } = sendBack(
    state.pairs,
    items.map((i) => i.id),
    wrong,
  );
  return { pairs: kept, locked, returned, ...judged(state, wrong) };
}
