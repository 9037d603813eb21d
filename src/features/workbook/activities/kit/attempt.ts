/**
 * What every activity knows about the child's attempt, whatever its type: how many answers are not right at
 * the last check (0 before any), whether any check was ever not all right (then it is not "right first
 * time"), which items were ever not right (`slips`: item ids, for the teacher's class figures; never what the
 * child answered), and whether it is done. Each type's logic keeps its own state around these.
 */
export interface Attempt {
  wrong: number;
  missed: boolean;
  slips: readonly string[];
  done: boolean;
}

export const freshAttempt: Attempt = { wrong: 0, missed: false, slips: [], done: false };

/**
 * After a check that found the items `wrong` not right yet: done when there are none (unless told otherwise).
 * Each item not right joins the slips once.
 */
export function judged(before: Attempt, wrong: readonly string[], done = wrong.length === 0): Attempt {
  const slips = [...before.slips, ...wrong.filter((id) => !before.slips.includes(id))];
  return { wrong: wrong.length, missed: before.missed || wrong.length > 0, slips, done };
}

/** Right the first time: no check was ever anything but all right. */
export const firstTry = (attempt: Attempt): boolean => !attempt.missed;

/** How an answer is marked once judged: right, or "not this one" (think again). */
export type Verdict = 'right' | 'again';
