/** One line of an exercise's answers: the item (its id and words) and its answer. */
import type { Inline } from '../../../../content/richText.ts';
import type { Answer, AnswerLine } from '../../../classroom/index.ts';

export const answerLine = (item: { id: string; label: readonly Inline[] }, answer: Answer): AnswerLine => ({
  id: item.id,
  label: item.label,
  answer,
});
