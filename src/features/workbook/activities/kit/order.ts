/**
 * The order an exercise's options are shown in (choose one, choose all, true or false, and each round of the
 * kinder messages): authors tend to write the right answer in the same place, so a child could win by
 * position. On screen the order is the seat's own and stable (a reload keeps it); on the projector it is the
 * exercise's own, the same on every device; on paper it is never the projected one. The activity, its
 * worksheet and the classroom reveal all take their order from here. Pure: whose order it is comes from
 * useOrderSeat.
 */
import { paperShuffle, seatShuffle } from '../../../../ui/shuffle.ts';

/** What the orders of one list are seeded with: the exercise, and the round when it has several. */
const orderKey = (exerciseId: string, part?: string) =>
  part === undefined ? `workbook:${exerciseId}` : `workbook:${exerciseId}:${part}`;

/** A list as one seat sees it; `seat` null is the class, on the projector. */
export function inPlay<I>(exerciseId: string, items: readonly I[], seat: string | null, part?: string): I[] {
  return seatShuffle(items, orderKey(exerciseId, part), seat);
}

/** A list as the printed worksheet shows it. */
export function onPaper<I>(exerciseId: string, items: readonly I[], part?: string): I[] {
  return paperShuffle(items, orderKey(exerciseId, part));
}
