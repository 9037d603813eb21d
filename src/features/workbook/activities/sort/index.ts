/** Sort in the registry. The answer: each card with the bin a check puts it in (rightBin). */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { SortActivity } from './SortActivity.tsx';
import { rightBin } from './sortLogic.ts';
import { SortWorksheet } from './SortWorksheet.tsx';

export const sort: ActivityEntry<'sort'> = {
  Activity: SortActivity,
  Worksheet: SortWorksheet,
  answers: (exercise) =>
    exercise.items.flatMap((card) => {
      const bin = exercise.bins.find((b) => b.id === rightBin(card));
      return bin ? [answerLine(card, { kind: 'bin', bin: bin.label })] : [];
    }),
  vote: (exercise) => ({ kind: 'bins', bins: exercise.bins }),
};
