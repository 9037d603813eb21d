import type { Attempt } from './attempt.ts';

/** A board after checks: what was found right stays, what came back says "Not this one" until placed again. */
export interface BoardState extends Attempt {
  /** Cards a check found right: they stay where they are. */
  locked: readonly string[];
  /** Cards the last check sent back. */
  returned: readonly string[];
}

/**
 * A check of a board where every card has been put somewhere (sort's bins, match's pairs): the cards not
 * right come off the board and say "Not this one" (returned); the others stay, locked.
 */
export function sendBack(
  board: Readonly<Record<string, string>>,
  ids: readonly string[],
  wrong: readonly string[],
) {
  const kept = { ...board };
  for (const id of wrong) delete kept[id];
  return { kept, locked: ids.filter((id) => !wrong.includes(id)), returned: [...wrong] };
}
