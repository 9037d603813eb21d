/**
 * A board where cards are picked and put somewhere (sort's bins, match's pairs): the attempt, the picked
 * card, and the moves every such board makes. `card` is the cards' data-focus prefix: focus follows a card
 * put down from the keyboard to the next one still to place, and a check brings it to the first card sent
 * back; Escape puts the picked card down and brings focus back to it.
 */
import type { ActivityProps } from '../types.ts';
import type { BoardState } from './boardState.ts';
import { useAttempt } from './useAttempt.ts';
import { usePicking } from './usePicking.ts';

export function useBoard<S extends BoardState>(
  initial: S,
  options: Pick<ActivityProps, 'exercise' | 'onComplete'>,
  card: string,
) {
  const attempt = useAttempt(initial, options);
  const { announce, focusLater, update } = attempt;
  const picking = usePicking(announce, attempt.root, card);
  const focusCards = (ids: readonly string[], ...then: string[]) =>
    focusLater(...ids.map((id) => `${card}:${id}`), ...then);

  return {
    ...attempt,
    picked: picking.picked,
    /** Picks a card (or puts it down); from the keyboard, focus goes to where it can go (`target`). */
    pick(id: string, words: string, keyboard: boolean, target: string | undefined) {
      if (picking.toggle(id, words) && keyboard && target) focusLater(target);
    },
    /** Puts a card somewhere and says so; from the keyboard, focus moves on to the cards in `after`. */
    put(next: S, said: string, keyboard: boolean, after: readonly string[]) {
      picking.drop();
      if (!update(next)) return;
      announce(said);
      if (keyboard) focusCards(after, 'check');
    },
    /** Takes a card off the board, back to where it waits; focus goes with it. */
    takeOff(next: S, id: string) {
      if (update(next)) focusCards([id]);
    },
    /** Checks the board: the cards sent back say "Not this one", and focus goes to the first of them. */
    checkBoard(next: S) {
      picking.drop();
      attempt.check(next, ...next.returned.map((id) => `${card}:${id}`));
    },
  };
}
