import type { ActivityType, ExerciseOf } from '../../../content/workbookSchema.ts';

export interface ActivityProps<T extends ActivityType = ActivityType> {
  exercise: ExerciseOf<T>;
  /** Called once, when the child completes the activity: all right (or an opinion given). */
  onComplete: (result: { firstTry: boolean }) => void;
}

/** The print worksheets take the exercise only. */
export interface WorksheetProps<T extends ActivityType = ActivityType> {
  exercise: ExerciseOf<T>;
}
