import type { ComponentType } from 'react';
import type { ActivityType, ExerciseOf } from '../../../content/workbookSchema.ts';
import type { AnswerLine, ClassVote } from '../../classroom/index.ts';

/** How an activity ended: right the first time or not, and the ids of the items that were ever not right. */
export interface ExerciseResult {
  firstTry: boolean;
  slips: readonly string[];
}

export interface ActivityProps<T extends ActivityType = ActivityType> {
  exercise: ExerciseOf<T>;
  /** Called once, when the child completes the activity: all right (or an opinion given). */
  onComplete: (result: ExerciseResult) => void;
}

/** The print worksheets take the exercise only. */
export interface WorksheetProps<T extends ActivityType = ActivityType> {
  exercise: ExerciseOf<T>;
}

/**
 * One activity type in the registry: what the child plays, what is printed, the right answers, and what a
 * class votes on. The answers are derived from the same logic functions the activity checks with, so the
 * check, the worksheet (same shuffle) and the classroom reveal can never disagree. `answers` is not asked for
 * an opinion. `vote` is null where the items move as the class works (order, match): a letter would not stay
 * with its item.
 */
export interface ActivityEntry<T extends ActivityType> {
  Activity: ComponentType<ActivityProps<T>>;
  Worksheet: ComponentType<WorksheetProps<T>>;
  answers: (exercise: ExerciseOf<T>) => AnswerLine[];
  vote: (exercise: ExerciseOf<T>) => ClassVote | null;
}
