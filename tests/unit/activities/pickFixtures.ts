/** Small exercises for the pick activity logic tests (choice, multi, true-false, kinder). */
import type { ActivityItem, Exercise } from '../../../src/content/workbookSchema.ts';

export function item(id: string, more: Partial<ActivityItem> = {}): ActivityItem {
  return { id, label: [{ t: 'text', v: id }], explain: [], ...more };
}

export function exercise(type: Exercise['type'], items: ActivityItem[], opinion = false): Exercise {
  return {
    kind: 'exercise',
    id: 'logic-test',
    type,
    number: 1,
    title: 'Logic test',
    instructions: [],
    opinion,
    bins: [],
    items,
    hint: [],
    feedback: [],
  };
}
