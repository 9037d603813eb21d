/** Which message is kinder, in the registry. The answer: round by round, the message a pick accepts (isKinder). */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { KinderActivity } from './KinderActivity.tsx';
import { isKinder, kinderRounds } from './kinderLogic.ts';
import { KinderWorksheet } from './KinderWorksheet.tsx';

export const kinder: ActivityEntry<'kinder'> = {
  Activity: KinderActivity,
  Worksheet: KinderWorksheet,
  answers: (exercise) =>
    kinderRounds(exercise.items).flatMap((round, index) =>
      round.items
        .filter(isKinder)
        .map((message) => answerLine(message, { kind: 'kinder', round: index + 1 })),
    ),
  // Round by round, the two messages on screen: the teacher resets the votes between rounds.
  vote: (exercise) => ({
    kind: 'letters',
    count: Math.max(...kinderRounds(exercise.items).map((r) => r.items.length)),
  }),
};
