/** "Exercise 5", or "Exercise 5, part 2 of 4" where the original's exercise has grown into several activities. */
import { useTranslation } from '../../i18n/index.ts';
import type { Exercise } from '../../content/workbookSchema.ts';

export function useExerciseLabel(): (exercise: Pick<Exercise, 'number' | 'part'>) => string {
  const { t } = useTranslation('workbook');
  return ({ number, part }) =>
    part ? t('exercisePart', { number, index: part.index, of: part.of }) : t('exercise', { number });
}
