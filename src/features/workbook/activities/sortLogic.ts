/** Sort: cards into bins. Pure state changes, so the rules are tested without a screen. */
import type { ItemOf } from '../../../content/workbookSchema.ts';

type Card = ItemOf<'sort'>;

export interface SortState {
  /** Where each placed card is: card id → bin id. */
  placed: Readonly<Record<string, string>>;
  /** Cards a check found right: they stay in their bin. */
  locked: readonly string[];
  /** Cards the last check sent back: they say "Not this one" until placed again. */
  returned: readonly string[];
  /** How many were wrong at the last check (0 before any). */
  wrong: number;
  /** Whether any check found a wrong card (then it is not a first try). */
  missed: boolean;
  done: boolean;
}

export const initialSort: SortState = {
  placed: {},
  locked: [],
  returned: [],
  wrong: 0,
  missed: false,
  done: false,
};

/** The cards not yet in a bin, in the given (shown) order. */
export function unplaced(cards: readonly Card[], state: SortState): Card[] {
  return cards.filter((c) => state.placed[c.id] === undefined);
}

/** The cards in one bin, in the given order. */
export function inBin(cards: readonly Card[], state: SortState, binId: string): Card[] {
  return cards.filter((c) => state.placed[c.id] === binId);
}

/** Puts a card in a bin (or moves it to another). A card found right stays put. */
export function placeCard(state: SortState, cardId: string, binId: string): SortState {
  if (state.done || state.locked.includes(cardId) || state.placed[cardId] === binId) return state;
  return {
    ...state,
    placed: { ...state.placed, [cardId]: binId },
    returned: state.returned.filter((id) => id !== cardId),
  };
}

/** Takes a card back to the pile. A card found right stays put. */
export function takeBack(state: SortState, cardId: string): SortState {
  if (state.done || state.locked.includes(cardId) || state.placed[cardId] === undefined) return state;
  const placed = { ...state.placed };
  delete placed[cardId];
  return { ...state, placed };
}

/**
 * Checks every card once all are placed: right ones stay (locked), wrong ones go back to the pile. For an
 * opinion there is no wrong bin. Before every card is placed, nothing happens.
 */
export function checkSort(cards: readonly Card[], state: SortState, opinion: boolean): SortState {
  if (state.done || unplaced(cards, state).length > 0) return state;
  const wrong = opinion ? [] : cards.filter((c) => state.placed[c.id] !== c.bin).map((c) => c.id);
  const placed = { ...state.placed };
  for (const id of wrong) delete placed[id];
  return {
    placed,
    locked: cards.filter((c) => !wrong.includes(c.id)).map((c) => c.id),
    returned: wrong,
    wrong: wrong.length,
    missed: state.missed || wrong.length > 0,
    done: wrong.length === 0,
  };
}
