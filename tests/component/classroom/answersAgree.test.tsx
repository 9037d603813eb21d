/**
 * The check, the reveal and the registry agree, for every exercise in the English content. The classroom's
 * answer list is rendered as the teacher projects it, read back as words, and followed as a class would
 * follow it: each card to the bin named, each statement true or false as shown, the steps in the numbers
 * shown... That input goes through the activity's own logic, which must find it all right, first time.
 * An answer list that is wrong, incomplete or ambiguous (two bins with the same words) fails here.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/content/compiler/compileAll.ts';
import { inlineText } from '../../../src/content/render.tsx';
import type { Exercise, ExerciseOf } from '../../../src/content/workbookSchema.ts';
import { ClassroomAnswers } from '../../../src/features/classroom/index.ts';
import {
  checkChoice,
  initialChoiceState,
  selectOption,
} from '../../../src/features/workbook/activities/choice/choiceLogic.ts';
import {
  initialKinderState,
  kinderRounds,
  nextRound,
  pickMessage,
} from '../../../src/features/workbook/activities/kinder/kinderLogic.ts';
import type { Attempt } from '../../../src/features/workbook/activities/kit/attempt.ts';
import {
  checkMatch,
  initialMatch,
  pairUp,
} from '../../../src/features/workbook/activities/match/matchLogic.ts';
import {
  checkMulti,
  initialMultiState,
  toggleOption,
} from '../../../src/features/workbook/activities/multi/multiLogic.ts';
import { checkOrder, initialOrder } from '../../../src/features/workbook/activities/order/orderLogic.ts';
import {
  checkRank,
  initialRank,
  toggleChoice,
} from '../../../src/features/workbook/activities/rank/rankLogic.ts';
import { answersOf } from '../../../src/features/workbook/activities/registry.tsx';
import {
  checkSpot,
  initialSpotState,
  toggleOption as toggleSpot,
} from '../../../src/features/workbook/activities/spot/spotLogic.ts';
import {
  checkSort,
  initialSort,
  placeCard,
} from '../../../src/features/workbook/activities/sort/sortLogic.ts';
import {
  answerStatement,
  initialTrueFalseState,
} from '../../../src/features/workbook/activities/trueFalse/trueFalseLogic.ts';
import { i18n } from '../../../src/i18n/index.ts';

const exercises: Exercise[] = compileContent(resolve('content'))
  .content.filter((c) => c.locale === 'en' && c.tier === 'workbook')
  .flatMap((tier) => tier.items)
  .flatMap((doc) => (doc.kind === 'module' ? doc.parts : []))
  .flatMap((part) => (part.kind === 'exercise' ? [part] : []));

/** A revealed line as the room sees it: the item's words and the answer's words. */
interface Shown {
  item: string;
  value: string;
}

/** Renders the reveal and reads it back, line by line. */
function reveal(exercise: Exercise): { opinion: boolean; lines: Shown[] } {
  render(<ClassroomAnswers id={exercise.id} answers={answersOf(exercise)} />);
  const region = screen.getByRole('region', { name: 'Answers' });
  const opinion = within(region).queryByText(tc('answers.opinion')) !== null;
  const lines = within(region)
    .queryAllByRole('listitem')
    .map((li) => ({
      item: li.querySelector('.classroom-answer-item')?.textContent ?? '',
      value: li.querySelector('.classroom-answer-value')?.textContent ?? '',
    }));
  cleanup();
  return { opinion, lines };
}

type AnswerKey = `answers.${'opinion' | 'correct' | 'true' | 'false' | 'anywhere' | 'place' | 'kinder'}`;
const tc = (key: AnswerKey, options?: { place?: number; round?: number }) =>
  i18n.t(key, { ns: 'classroom', ...options });
/** The number in a revealed "Number 2" (or "Round 2: …"), or null if the words are not that string. */
function numberIn(key: 'answers.place' | 'answers.kinder', value: string): number | null {
  const [before = '', after = ''] = tc(key, { place: 987, round: 987 }).split('987');
  if (!value.startsWith(before) || !value.endsWith(after)) return null;
  const n = Number(value.slice(before.length, value.length - after.length));
  return Number.isInteger(n) ? n : null;
}

/** The one item with these words (an answer the room cannot tell apart from another fails). */
function byWords<I extends { id: string; label: Exercise['items'][number]['label'] }>(
  items: readonly I[],
  words: string,
  wordsOf: (item: I) => string = (i) => inlineText(i.label),
): I {
  const found = items.filter((i) => wordsOf(i) === words);
  expect(found, `exactly one item reads "${words}"`).toHaveLength(1);
  return found[0] as I;
}

/** Follows the revealed lines with the activity's own logic; returns the attempt it ends with. */
function follow(exercise: Exercise, lines: readonly Shown[]): Attempt {
  switch (exercise.type) {
    case 'sort':
      return followSort(exercise, lines);
    case 'rank': {
      const places = lines.map((l) => ({
        id: byWords(exercise.items, l.item).id,
        at: numberIn('answers.place', l.value),
      }));
      let s = initialRank;
      for (const { id } of places.sort((a, b) => (a.at ?? 0) - (b.at ?? 0)))
        s = toggleChoice(s, id, places.length);
      expect(places.map((p) => p.at)).toEqual(places.map((_, i) => i + 1));
      return checkRank(exercise, s);
    }
    case 'choice': {
      expect(lines.map((l) => l.value)).toEqual([tc('answers.correct')]);
      const option = byWords(exercise.items, lines[0]?.item ?? '');
      return checkChoice(exercise, selectOption(initialChoiceState, option.id));
    }
    case 'multi': {
      let s = initialMultiState;
      for (const l of lines) {
        expect(l.value).toBe(tc('answers.correct'));
        s = toggleOption(s, byWords(exercise.items, l.item).id);
      }
      return checkMulti(exercise, s);
    }
    case 'true-false': {
      let s = initialTrueFalseState;
      for (const l of lines) {
        expect([tc('answers.true'), tc('answers.false')]).toContain(l.value);
        s = answerStatement(exercise, s, byWords(exercise.items, l.item).id, l.value === tc('answers.true'));
      }
      return s;
    }
    case 'order':
      return followOrder(exercise, lines);
    case 'kinder': {
      const rounds = kinderRounds(exercise.items);
      let s = initialKinderState;
      for (const [index, l] of lines.entries()) {
        expect(numberIn('answers.kinder', l.value)).toBe(index + 1);
        s = pickMessage(exercise, rounds, nextRound(rounds, s), byWords(exercise.items, l.item).id);
      }
      return s;
    }
    case 'match': {
      let s = initialMatch;
      for (const l of lines) {
        const left = byWords(exercise.items, l.item);
        const right = exercise.items.find((i) => inlineText(i.match) === l.value);
        expect(right, `a right-hand card reads "${l.value}"`).toBeDefined();
        s = pairUp(s, left.id, right?.id ?? '');
      }
      return checkMatch(exercise.items, s, exercise.opinion);
    }
    case 'spot': {
      let s = initialSpotState;
      for (const l of lines) {
        expect(l.value).toBe(tc('answers.correct'));
        s = toggleSpot(s, byWords(exercise.items, l.item).id);
      }
      return checkSpot(exercise, s);
    }
  }
}

function followSort(exercise: ExerciseOf<'sort'>, lines: readonly Shown[]): Attempt {
  let s = initialSort;
  for (const l of lines) {
    const bin = byWords(exercise.bins, l.value);
    s = placeCard(s, byWords(exercise.items, l.item).id, bin.id);
  }
  return checkSort(exercise.items, s, exercise.opinion);
}

/** The steps in the numbers shown; a step shown as "any point" is tried first, then last: both must be right. */
function followOrder(exercise: ExerciseOf<'order'>, lines: readonly Shown[]): Attempt {
  const anywhere = lines
    .filter((l) => l.value === tc('answers.anywhere'))
    .map((l) => byWords(exercise.items, l.item).id);
  const placed = lines
    .filter((l) => l.value !== tc('answers.anywhere'))
    .map((l) => ({ id: byWords(exercise.items, l.item).id, at: numberIn('answers.place', l.value) ?? -1 }))
    .sort((a, b) => a.at - b.at);
  expect(placed.map((p) => p.at)).toEqual(placed.map((_, i) => i + 1));
  const ids = placed.map((p) => p.id);
  const attempts = [
    [...anywhere, ...ids],
    [...ids, ...anywhere],
  ].map((order) =>
    checkOrder(exercise.items, { ...initialOrder(exercise.items, exercise.id), order }, false),
  );
  expect(attempts[0]).toMatchObject({ done: true, missed: false });
  return attempts[1] as Attempt;
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces(['classroom', 'workbook']);
});
afterEach(cleanup);

describe('the registry, the check and the classroom reveal agree', () => {
  it('there are exercises of every type to check', () => {
    expect(new Set(exercises.map((e) => e.type))).toEqual(
      new Set(['sort', 'rank', 'choice', 'multi', 'true-false', 'order', 'kinder', 'match', 'spot']),
    );
  });

  it.each(exercises.map((e) => [`${e.type} #${e.id}`, e] as const))('%s', (_, exercise) => {
    const shown = reveal(exercise);
    expect(shown.opinion).toBe(exercise.opinion);
    if (exercise.opinion) {
      // No answer to reveal: the room is told so, and the activity takes any answer.
      expect(shown.lines).toEqual([]);
      return;
    }
    // Every revealed line names one item, and the list is what the registry gives.
    expect(shown.lines.map((l) => l.item)).toEqual(answersOf(exercise).lines.map((l) => inlineText(l.label)));
    expect(follow(exercise, shown.lines)).toMatchObject({ done: true, missed: false, wrong: 0 });
  });
});
