/**
 * The activity registry: for each of the eight types, its activity, its paper worksheet, its answers and what
 * a class votes on. The page plays the activity, the printout draws the worksheet and the classroom reveals
 * the answers, all from here, so the three can never disagree (tests/component/classroom/answersAgree.test.tsx
 * checks it).
 */
import type { ComponentType } from 'react';
import type { ActivityType, Exercise } from '../../../content/workbookSchema.ts';
import type { AnswerLine, ClassVote, ExerciseAnswers } from '../../classroom/index.ts';
import { choice } from './choice/index.ts';
import { kinder } from './kinder/index.ts';
import { match } from './match/index.ts';
import { multi } from './multi/index.ts';
import { order } from './order/index.ts';
import { rank } from './rank/index.ts';
import { sort } from './sort/index.ts';
import { spot } from './spot/index.ts';
import { trueFalse } from './trueFalse/index.ts';
import type { ActivityEntry, ActivityProps, WorksheetProps } from './types.ts';

export const REGISTRY: { [T in ActivityType]: ActivityEntry<T> } = {
  sort,
  rank,
  choice,
  multi,
  'true-false': trueFalse,
  order,
  kinder,
  match,
  spot,
};

/**
 * The entry for an exercise's type, typed for any exercise. The map above is what ties each type to its own
 * entry; this cast only forgets which one, so that one exercise can be handed to its own entry.
 */
const entryOf = (exercise: Exercise) =>
  REGISTRY[exercise.type] as unknown as {
    Activity: ComponentType<ActivityProps>;
    Worksheet: ComponentType<WorksheetProps>;
    answers: (exercise: Exercise) => AnswerLine[];
    vote: (exercise: Exercise) => ClassVote | null;
  };

/** An exercise's activity, whatever its type. A lookup, not a new component, so React keeps its state. */
export function ExerciseActivity({ exercise, onComplete }: ActivityProps) {
  const { Activity } = entryOf(exercise);
  return <Activity exercise={exercise} onComplete={onComplete} />;
}

/** An exercise's paper worksheet, whatever its type. */
export function ExerciseWorksheet({ exercise }: WorksheetProps) {
  const { Worksheet } = entryOf(exercise);
  return <Worksheet exercise={exercise} />;
}

/** The answers the classroom reveals. An opinion has none: any answer is right. */
export function answersOf(exercise: Exercise): ExerciseAnswers {
  if (exercise.opinion) return { opinion: true, lines: [] };
  return { opinion: false, lines: entryOf(exercise).answers(exercise) };
}

/** What a class votes on in an exercise, or null where its type has no vote. */
export function voteOf(exercise: Exercise): ClassVote | null {
  return entryOf(exercise).vote(exercise);
}
