/**
 * Test exercises are written loosely: an item may leave out an answer its test does not need (a "kinder"
 * message with no `correct` is simply not the kinder one), as fixtures always have. This is the one place
 * that hands such an exercise to code typed by the content schema.
 */
import type { WrittenItem } from '../../src/content/compiler/activityRules.ts';
import type { ActivityType, Bin, Exercise, ExerciseOf } from '../../src/content/workbookSchema.ts';

/** An item as a content file may write it: the compiler's own shape, with any answer attribute. */
export type LooseItem = WrittenItem;

export type LooseExercise<T extends ActivityType> = Omit<Exercise, 'type' | 'items'> & {
  type: T;
  items: readonly LooseItem[];
  bins?: Bin[];
  pick?: number;
  look?: 'chat' | 'post' | 'ad' | 'page';
};

export const typed = <T extends ActivityType>(exercise: LooseExercise<T>) =>
  exercise as unknown as ExerciseOf<T>;
