/** Spot in the registry. The answer: every part a check counts as right, the flagged ones (flaggedIds). */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { SpotActivity } from './SpotActivity.tsx';
import { flaggedIds } from './spotLogic.ts';
import { SpotWorksheet } from './SpotWorksheet.tsx';

export const spot: ActivityEntry<'spot'> = {
  Activity: SpotActivity,
  Worksheet: SpotWorksheet,
  answers: (exercise) => {
    const flags = new Set(flaggedIds(exercise));
    return exercise.items.filter((p) => flags.has(p.id)).map((p) => answerLine(p, { kind: 'correct' }));
  },
  // The class calls out the letters of the parts it thinks are flags (or clues).
  vote: (exercise) => ({ kind: 'letters', count: exercise.items.length }),
};
