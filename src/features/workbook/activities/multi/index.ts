/**
 * Choose all that fit in the registry. The answer: every option a check counts as right (correctIds), in the
 * order the class sees them.
 */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { inPlay } from '../kit/order.ts';
import { MultiActivity } from './MultiActivity.tsx';
import { correctIds } from './multiLogic.ts';
import { MultiWorksheet } from './MultiWorksheet.tsx';

export const multi: ActivityEntry<'multi'> = {
  Activity: MultiActivity,
  Worksheet: MultiWorksheet,
  answers: (exercise) => {
    const right = new Set(correctIds(exercise));
    return inPlay(exercise.id, exercise.items, null)
      .filter((option) => right.has(option.id))
      .map((option) => answerLine(option, { kind: 'correct' }));
  },
  vote: (exercise) => ({ kind: 'letters', count: exercise.items.length }),
};
