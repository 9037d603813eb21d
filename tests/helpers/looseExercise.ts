/**
 * Test exercises are written loosely: an item may leave out an answer its test does not need (a "kinder"
 * message with no `correct` is simply not the kinder one), as fixtures always have. This is the one place
 * that hands such an exercise to code typed by the content schema.
 */
import type { Inline } from '../../src/content/richText.ts';
import type {
  ActivityItem,
  ActivityType,
  Bin,
  Exercise,
  ExerciseOf,
  SpotRole,
} from '../../src/content/workbookSchema.ts';

export interface LooseItem extends Pick<ActivityItem, 'id' | 'label' | 'explain'> {
  bin?: string;
  correct?: boolean;
  answer?: boolean;
  round?: string;
  match?: Inline[];
  anywhere?: true;
  flag?: boolean;
  from?: 'them' | 'you';
  as?: SpotRole;
}

export type LooseExercise<T extends ActivityType> = Omit<Exercise, 'type' | 'items'> & {
  type: T;
  items: readonly LooseItem[];
  bins?: Bin[];
  pick?: number;
  look?: 'chat' | 'post' | 'ad' | 'page';
};

export const typed = <T extends ActivityType>(exercise: LooseExercise<T>) =>
  exercise as unknown as ExerciseOf<T>;
