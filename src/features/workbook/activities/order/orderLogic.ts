/**
 * Order (type "order"): steps are written in the right order and shown mixed. Pure state changes, so the rules
 * are tested without a screen.
 */
import type { ItemOf } from '../../../../content/workbookSchema.ts';
import { seededShuffle, shuffleAway } from '../../../../ui/shuffle.ts';
import { freshAttempt, judged, type Attempt } from '../kit/attempt.ts';
import { markAt, moveBy, moveIn, moveTo, positionMarks, type PositionMarks } from '../kit/reorder.ts';

type Step = ItemOf<'order'>;

export interface OrderState extends Attempt {
  /** Step ids as shown, top to bottom. */
  order: readonly string[];
  /** Where each step was at the last check, and whether that was its place. */
  marks: PositionMarks | null;
}

/** The steps with a place of their own, in the right order (as written): all but the "anywhere" ones. */
export const placedSteps = (items: readonly Step[]): Step[] => items.filter((i) => !i.anywhere);

/** The steps mixed, the same way every time for this exercise, and never already in order. */
export function shuffledSteps(items: readonly Step[], seed: string): Step[] {
  // Only the steps with a place of their own are mixed away from their order, so an "anywhere" step moving
  // alone can never leave the others already right.
  const mixed = shuffleAway(placedSteps(items), `${seed}:order`);
  const all = seededShuffle(items, `${seed}:order`);
  // The anywhere steps keep the places the full shuffle gave them; the fixed ones fill the rest, mixed away.
  let next = 0;
  return all.map((item) => (item.anywhere ? item : (mixed[next++] ?? item)));
}

export function initialOrder(items: readonly Step[], seed: string): OrderState {
  return { order: shuffledSteps(items, seed).map((i) => i.id), marks: null, ...freshAttempt };
}

export const moveStep = (state: OrderState, id: string, delta: number): OrderState =>
  moveIn(state, 'order', (list) => moveBy(list, id, delta));

export const moveStepTo = (state: OrderState, id: string, index: number): OrderState =>
  moveIn(state, 'order', (list) => moveTo(list, id, index));

/**
 * The right order for the steps as they stand now: a step marked "anywhere" (telling a trusted adult) is right
 * wherever it is, and the other steps must follow each other in the order they are written around it.
 */
export function orderAnswer(items: readonly Step[], shown: readonly string[]): string[] {
  const anywhere = new Set(items.filter((i) => i.anywhere).map((i) => i.id));
  const fixed = placedSteps(items).map((i) => i.id);
  let next = 0;
  return shown.map((id) => (anywhere.has(id) ? id : (fixed[next++] ?? id)));
}

/** Marks each step right or not where it stands; done when all are in place (or for an opinion). */
export function checkOrder(items: readonly Step[], state: OrderState, opinion: boolean): OrderState {
  if (state.done) return state;
  const answer = opinion ? state.order : orderAnswer(items, state.order);
  const marks = positionMarks(state.order, answer);
  const wrong = state.order.filter((id) => marks[id]?.right === false);
  return { ...state, marks, ...judged(state, wrong) };
}

/** The mark a step shows now: it goes when the step moves. */
export function stepMark(state: OrderState, id: string): 'right' | 'again' | null {
  return markAt(state.marks, id, state.order.indexOf(id));
}
