/** Activity type -> its interactive component and its paper worksheet. */
import type { ComponentType } from 'react';
import type { ActivityType } from '../../../content/workbookSchema.ts';
import { ChoiceActivity } from './choice/ChoiceActivity.tsx';
import { ChoiceWorksheet } from './choice/ChoiceWorksheet.tsx';
import { KinderActivity } from './kinder/KinderActivity.tsx';
import { KinderWorksheet } from './kinder/KinderWorksheet.tsx';
import { MatchActivity } from './match/MatchActivity.tsx';
import { MatchWorksheet } from './match/MatchWorksheet.tsx';
import { MultiActivity } from './multi/MultiActivity.tsx';
import { MultiWorksheet } from './multi/MultiWorksheet.tsx';
import { OrderActivity } from './order/OrderActivity.tsx';
import { OrderWorksheet } from './order/OrderWorksheet.tsx';
import { RankActivity } from './rank/RankActivity.tsx';
import { RankWorksheet } from './rank/RankWorksheet.tsx';
import { SortActivity } from './sort/SortActivity.tsx';
import { SortWorksheet } from './sort/SortWorksheet.tsx';
import { TrueFalseActivity } from './trueFalse/TrueFalseActivity.tsx';
import { TrueFalseWorksheet } from './trueFalse/TrueFalseWorksheet.tsx';
import type { ActivityProps, WorksheetProps } from './types.ts';

const ACTIVITIES: { [T in ActivityType]: ComponentType<ActivityProps<T>> } = {
  sort: SortActivity,
  rank: RankActivity,
  choice: ChoiceActivity,
  multi: MultiActivity,
  'true-false': TrueFalseActivity,
  order: OrderActivity,
  kinder: KinderActivity,
  match: MatchActivity,
};

const WORKSHEETS: { [T in ActivityType]: ComponentType<WorksheetProps<T>> } = {
  sort: SortWorksheet,
  rank: RankWorksheet,
  choice: ChoiceWorksheet,
  multi: MultiWorksheet,
  'true-false': TrueFalseWorksheet,
  order: OrderWorksheet,
  kinder: KinderWorksheet,
  match: MatchWorksheet,
};

/**
 * An exercise's activity, whatever its type. A lookup, not a call, so React sees the same component each time;
 * the map above is what ties each type to its own component, so the cast only forgets which one.
 */
export function ExerciseActivity({ exercise, onComplete }: ActivityProps) {
  const Activity = ACTIVITIES[exercise.type] as ComponentType<ActivityProps>;
  return <Activity exercise={exercise} onComplete={onComplete} />;
}

/** An exercise's paper worksheet, whatever its type. */
export function ExerciseWorksheet({ exercise }: WorksheetProps) {
  const Sheet = WORKSHEETS[exercise.type] as ComponentType<WorksheetProps>;
  return <Sheet exercise={exercise} />;
}
