/** Rank in the registry. The answer (when not an opinion): each card of rankAnswer with its place. */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { RankActivity } from './RankActivity.tsx';
import { rankAnswer } from './rankLogic.ts';
import { RankWorksheet } from './RankWorksheet.tsx';

export const rank: ActivityEntry<'rank'> = {
  Activity: RankActivity,
  Worksheet: RankWorksheet,
  answers: (exercise) =>
    rankAnswer(exercise).flatMap((id, index) => {
      const card = exercise.items.find((i) => i.id === id);
      return card ? [answerLine(card, { kind: 'place', place: index + 1 })] : [];
    }),
  vote: (exercise) => ({ kind: 'letters', count: exercise.items.length }),
};
