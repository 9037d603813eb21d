/**
 * What every activity knows about the child's attempt, whatever its type: how many answers are not right at
 * the last check (0 before any), whether any check was ever not all right (then it is not "right first
 * time"), and whether it is done. Each type's logic keeps its own state around these three.
 */
export interface Attempt {
  wrong: number;
  missed: boolean;
  done: boolean;
}

export const freshAttempt: Attempt = { wrong: 0, missed: false, done: false };

/** After a check that found `wrong` answers not right yet: done when there are none (unless told otherwise). */
export function judged(before: Attempt, wrong: number, done = wrong === 0): Attempt {
  return { wrong, missed: before.missed || wrong > 0, done };
}

/** Right the first time: no check was ever anything but all right. */
export const firstTry = (attempt: Attempt): boolean => !attempt.missed;

/** How an answer is marked once judged: right, or "not this one" (think again). */
export type Verdict = 'right' | 'again';
