/** Activity type -> its interactive component and its paper worksheet. */
import type { ComponentType } from 'react';
import type { ActivityType, Exercise } from '../../../content/workbookSchema.ts';
import { ChoiceActivity, ChoiceWorksheet } from './ChoiceActivity.tsx';
import { KinderActivity, KinderWorksheet } from './KinderActivity.tsx';
import { MatchActivity, MatchWorksheet } from './MatchActivity.tsx';
import { MultiActivity, MultiWorksheet } from './MultiActivity.tsx';
import { OrderActivity, OrderWorksheet } from './OrderActivity.tsx';
import { RankActivity, RankWorksheet } from './RankActivity.tsx';
import { SortActivity, SortWorksheet } from './SortActivity.tsx';
import { TrueFalseActivity, TrueFalseWorksheet } from './TrueFalseActivity.tsx';
import type { ActivityProps } from './types.ts';

export const ACTIVITIES: Record<ActivityType, ComponentType<ActivityProps>> = {
  sort: SortActivity,
  rank: RankActivity,
  choice: ChoiceActivity,
  multi: MultiActivity,
  'true-false': TrueFalseActivity,
  order: OrderActivity,
  kinder: KinderActivity,
  match: MatchActivity,
};

export const WORKSHEETS: Record<ActivityType, ComponentType<{ exercise: Exercise }>> = {
  sort: SortWorksheet,
  rank: RankWorksheet,
  choice: ChoiceWorksheet,
  multi: MultiWorksheet,
  'true-false': TrueFalseWorksheet,
  order: OrderWorksheet,
  kinder: KinderWorksheet,
  match: MatchWorksheet,
};
