/**
 * The right answers of a workbook exercise, as a plain list a teacher can reveal on the projector. Pure, and
 * type by type it reads the same fields the activities check against, so the list can never disagree with
 * what the activity accepts.
 */
import type { Inline } from '../../content/richText.ts';
import type { ActivityItem, Exercise } from '../../content/workbookSchema.ts';

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

export function answersOf(exercise: Exercise): ExerciseAnswers {
  if (exercise.opinion) return { opinion: true, lines: [] };
  return { opinion: false, lines: linesOf(exercise) };
}

function linesOf(exercise: Exercise): AnswerLine[] {
  const line = (item: ActivityItem, answer: Answer): AnswerLine => ({
    id: item.id,
    label: item.label,
    answer,
  });
  switch (exercise.type) {
    case 'sort':
      return exercise.items.flatMap((item) => {
        const bin = exercise.bins.find((b) => b.id === item.bin);
        return bin ? [line(item, { kind: 'bin', bin: bin.label })] : [];
      });
    case 'choice':
    case 'multi':
      return exercise.items.filter((i) => i.correct === true).map((i) => line(i, { kind: 'correct' }));
    case 'true-false':
      return exercise.items.map((i) => line(i, { kind: 'truth', value: i.answer === true }));
    case 'order': {
      // Steps are written in the right order; an "anywhere" step has no place of its own and takes no number.
      let place = 0;
      return exercise.items.map((i) =>
        line(i, i.anywhere ? { kind: 'anywhere' } : { kind: 'place', place: ++place }),
      );
    }
    case 'rank': {
      // The first `pick` cards, in the order they are written (as the rank activity checks).
      const { pick, items } = exercise;
      const count = Math.max(1, Math.min(pick, items.length));
      return items.slice(0, count).map((i, n) => line(i, { kind: 'place', place: n + 1 }));
    }
    case 'kinder': {
      const rounds: string[] = [];
      const items = exercise.items;
      for (const item of items) {
        const round = item.round;
        if (!rounds.includes(round)) rounds.push(round);
      }
      return items
        .filter((i) => i.correct === true)
        .map((i) => line(i, { kind: 'kinder', round: rounds.indexOf(i.round) + 1 }))
        .sort((a, b) => roundOf(a) - roundOf(b));
    }
    case 'match':
      return exercise.items.map((i) => line(i, { kind: 'match', match: i.match }));
  }
}

const roundOf = (line: AnswerLine) => (line.answer.kind === 'kinder' ? line.answer.round : 0);
