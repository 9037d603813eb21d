/** Sort: cards into bins. Pure state changes, so the rules are tested without a screen. */
import type { ItemOf } from '../../../../content/workbookSchema.ts';
import { seededShuffle } from '../../../../ui/shuffle.ts';
import { freshAttempt, judged } from '../kit/attempt.ts';
import { sendBack, type BoardState } from '../kit/boardState.ts';

type Card = ItemOf<'sort'>;

export interface SortState extends BoardState {
  /** Where each placed card is: card id → bin id. */
  placed: Readonly<Record<string, string>>;
}

export const initialSort: SortState = { placed: {}, locked: [], returned: [], ...freshAttempt };

/** Cards are written grouped by bin; they are shown mixed, the same way every time (on paper too). */
export const shuffledCards = (cards: readonly Card[], seed: string): Card[] =>
  seededShuffle(cards, `${seed}:sort`);

/** The bin a card belongs in: what a check compares with, and what the classroom reveals. */
export const rightBin = (card: Card): string => card.bin;

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
  const wrong = opinion ? [] : cards.filter((c) => state.placed[c.id] !== rightBin(c)).map((c) => c.id);
  const { kept, locked, returned } = sendBack(
    state.placed,
    cards.map((c) => c.id),
    wrong,
  );
  return { placed: kept, locked, returned, ...judged(state, wrong) };
}
