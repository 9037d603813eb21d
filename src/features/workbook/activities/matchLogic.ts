/**
 * Match (type "match"): each item's `label` (left) goes with its `match` (right). A right-hand card is known by
 * its item's id. Pure state changes, so the rules are tested without a screen.
 */
import type { ItemOf } from '../../../content/workbookSchema.ts';
import { shuffleAway } from '../../../ui/shuffle.ts';

type Pair = ItemOf<'match'>;

export interface MatchState {
  /** Left id → the right-hand card (an item id) put with it. */
  pairs: Readonly<Record<string, string>>;
  /** Left ids a check found right: they stay together. */
  locked: readonly string[];
  /** Left ids the last check pulled apart: "Not this one" until matched again. */
  returned: readonly string[];
  wrong: number;
  missed: boolean;
  done: boolean;
}

export const initialMatch: MatchState = {
  pairs: {},
  locked: [],
  returned: [],
  wrong: 0,
  missed: false,
  done: false,
};

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

/** Its own right-hand card, or another with the very same words. */
function isRightPair(items: readonly Pair[], left: Pair, right: string | undefined): boolean {
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
  const pairs = { ...state.pairs };
  for (const id of wrong) delete pairs[id];
  return {
    pairs,
    locked: items.filter((i) => !wrong.includes(i.id)).map((i) => i.id),
    returned: wrong,
    wrong: wrong.length,
    missed: state.missed || wrong.length > 0,
    done: wrong.length === 0,
  };
}
