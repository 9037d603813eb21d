/** Small exercises for the pick activity logic tests (choice, multi, true-false, kinder). */
import type { ActivityType, ExerciseOf } from '../../../src/content/workbookSchema.ts';
import { typed, type LooseItem } from '../../helpers/looseExercise.ts';

export function item(id: string, more: Partial<LooseItem> = {}): LooseItem {
  return { id, label: [{ t: 'text', v: id }], explain: [], ...more };
}

export function exercise<T extends ActivityType>(
  type: T,
  items: LooseItem[],
  opinion = false,
): ExerciseOf<T> {
  return typed({
    kind: 'exercise',
    id: 'logic-test',
    type,
    number: 1,
    title: 'Logic test',
    instructions: [],
    opinion,
    items,
    hint: [],
    feedback: [],
  });
}
