/** Match in the registry. The answer: each left card with the words of the right card a check pairs it with. */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { MatchActivity } from './MatchActivity.tsx';
import { MatchWorksheet } from './MatchWorksheet.tsx';

export const match: ActivityEntry<'match'> = {
  Activity: MatchActivity,
  Worksheet: MatchWorksheet,
  // isRightPair accepts a left card's own right card (or one with the very same words): its `match`.
  answers: (exercise) => exercise.items.map((pair) => answerLine(pair, { kind: 'match', match: pair.match })),
  vote: () => null,
};
