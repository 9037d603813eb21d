/** True or false in the registry. The answer: each statement's truth, as an answer is judged by (truthOf). */
import type { ActivityEntry } from '../types.ts';
import { answerLine } from '../kit/answerLine.ts';
import { TrueFalseActivity } from './TrueFalseActivity.tsx';
import { truthOf } from './trueFalseLogic.ts';
import { TrueFalseWorksheet } from './TrueFalseWorksheet.tsx';

export const trueFalse: ActivityEntry<'true-false'> = {
  Activity: TrueFalseActivity,
  Worksheet: TrueFalseWorksheet,
  answers: (exercise) =>
    exercise.items.map((statement) => answerLine(statement, { kind: 'truth', value: truthOf(statement) })),
};
