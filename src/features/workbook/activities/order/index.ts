/**
 * Order in the registry. The answer: each step's place among the steps that have one (placedSteps, the order
 * orderAnswer fills in around the rest), or "anywhere" for a step that is right at any place.
 */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { OrderActivity } from './OrderActivity.tsx';
import { placedSteps } from './orderLogic.ts';
import { OrderWorksheet } from './OrderWorksheet.tsx';

export const order: ActivityEntry<'order'> = {
  Activity: OrderActivity,
  Worksheet: OrderWorksheet,
  answers: (exercise) => {
    const placed = placedSteps(exercise.items);
    return exercise.items.map((step) => {
      const at = placed.indexOf(step);
      return answerLine(step, at < 0 ? { kind: 'anywhere' } : { kind: 'place', place: at + 1 });
    });
  },
  vote: () => null,
};
