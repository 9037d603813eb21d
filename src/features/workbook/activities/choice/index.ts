/** Choose one in the registry. The answer: the option a check accepts (isRightOption), as the class sees it. */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { inPlay } from '../kit/order.ts';
import { ChoiceActivity } from './ChoiceActivity.tsx';
import { isRightOption } from './choiceLogic.ts';
import { ChoiceWorksheet } from './ChoiceWorksheet.tsx';

export const choice: ActivityEntry<'choice'> = {
  Activity: ChoiceActivity,
  Worksheet: ChoiceWorksheet,
  answers: (exercise) =>
    inPlay(exercise.id, exercise.items, null)
      .filter(isRightOption)
      .map((option) => answerLine(option, { kind: 'correct' })),
  vote: (exercise) => ({ kind: 'letters', count: exercise.items.length }),
};
