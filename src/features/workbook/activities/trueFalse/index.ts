/**
 * True or false in the registry. The answer: each statement's truth, as an answer is judged by (truthOf), in
 * the order the class sees the statements.
 */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { inPlay } from '../kit/order.ts';
import { TrueFalseActivity } from './TrueFalseActivity.tsx';
import { truthOf } from './trueFalseLogic.ts';
import { TrueFalseWorksheet } from './TrueFalseWorksheet.tsx';

export const trueFalse: ActivityEntry<'true-false'> = {
  Activity: TrueFalseActivity,
  Worksheet: TrueFalseWorksheet,
  answers: (exercise) =>
    inPlay(exercise.id, exercise.items, null).map((statement) =>
      answerLine(statement, { kind: 'truth', value: truthOf(statement) }),
    ),
  vote: () => ({ kind: 'truth' }),
};
