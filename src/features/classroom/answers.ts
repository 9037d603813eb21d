/**
 * The right answers of a workbook exercise, as a plain list a teacher can reveal on the projector. This
 * feature only shows them: the workbook's activity registry writes them, type by type, from the same logic
 * its activities check with, so the reveal can never disagree with what an activity accepts.
 */
import type { Inline } from '../../content/richText.ts';

export type Answer =
  /** sort: the bin the card belongs in. */
  | { kind: 'bin'; bin: readonly Inline[] }
  /** choice and multi: this option is (one of) the right ones. */
  | { kind: 'correct' }
  /** true-false: whether the statement is true. */
  | { kind: 'truth'; value: boolean }
  /** order and rank: the item's place, from 1. */
  | { kind: 'place'; place: number }
  /** order: a step that is right at any place (telling a trusted adult). */
  | { kind: 'anywhere' }
  /** kinder: the kinder message of a round (rounds from 1). */
  | { kind: 'kinder'; round: number }
  /** match: what the item pairs with. */
  | { kind: 'match'; match: readonly Inline[] };

export interface AnswerLine {
  id: string;
  label: readonly Inline[];
  answer: Answer;
}

export interface ExerciseAnswers {
  /** An opinion has no wrong answer: the list is empty and the teacher sees that instead. */
  opinion: boolean;
  lines: AnswerLine[];
}

/** What a class votes on in an exercise, for the vote tally: the activity registry says, type by type. */
export type ClassVote =
  /** The options as lettered on screen (choice, multi, rank; kinder: each round's two messages). */
  | { kind: 'letters'; count: number }
  /** True or false, statement by statement. */
  | { kind: 'truth' }
  /** Which bin, card by card. */
  | { kind: 'bins'; bins: readonly { id: string; label: readonly Inline[] }[] };
