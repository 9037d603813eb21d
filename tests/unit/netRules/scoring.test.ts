import { describe, expect, it } from 'vitest';
import { summaryOf, type ChoiceQuestion, type Rule } from '../../../src/content/netRulesSchema.ts';
import {
  isRight,
  neededForBadge,
  optionsInPlay,
  quickQuestions,
  scoreRound,
} from '../../../src/features/net-rules/scoring.ts';
import { seededShuffle as shuffled } from '../../../src/ui/shuffle.ts';

const text = (v: string) => [{ t: 'text' as const, v }];
const para = (v: string) => [{ t: 'p' as const, c: text(v) }];
function question(id: string, correct: string, quick = false): ChoiceQuestion {
  return {
    type: 'choice',
    id,
    quick,
    prompt: para(`Question ${id}`),
    options: ['a', 'b', 'c', 'd'].map((o) => ({
      id: o,
      label: text(o),
      explain: para(`why ${o}`),
      correct: o === correct,
    })),
  };
}
const rule = (id: string, questions: Rule['questions']): Rule => ({
  kind: 'rule',
  id,
  order: 1,
  untranslated: false,
  title: id,
  short: id,
  cards: [{ id: 'c', title: 'c', body: para('c') }],
  questions,
  next: para('next'),
});

describe('seeded shuffling', () => {
  it('is stable for a seed, different across seeds, and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(shuffled(items, 'seed-1')).toEqual(shuffled(items, 'seed-1'));
    expect(shuffled(items, 'seed-1')).not.toEqual(shuffled(items, 'seed-2'));
    expect([...shuffled(items, 'x')].sort()).toEqual(items);
  });

  it('moves the right answer around across rounds', () => {
    const q = question('q1', 'a');
    const places = new Set(
      Array.from({ length: 20 }, (_, i) => optionsInPlay(q, `round-${i}`).findIndex((o) => o.correct)),
    );
    expect(places.size).toBeGreaterThan(2);
  });
});

describe('scoring and badges', () => {
  const qs = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((id) => question(id, 'b'));

  it('counts first answers; a timed-out question counts as not right', () => {
    expect(isRight(qs[0] as ChoiceQuestion, 'b')).toBe(true);
    expect(isRight(qs[0] as ChoiceQuestion, 'a')).toBe(false);
    expect(isRight(qs[0] as ChoiceQuestion, undefined)).toBe(false);
  });

  it('gives a badge at 80% or more: 5 of 6, not 4 of 6', () => {
    const five = { q1: true, q2: true, q3: true, q4: true, q5: true, q6: false };
    const four = { ...five, q5: false };
    expect(scoreRound(qs, five)).toEqual({ right: 5, total: 6, share: 5 / 6, badge: true });
    expect(scoreRound(qs, four)).toMatchObject({ right: 4, badge: false });
    expect(neededForBadge(6)).toBe(5);
    expect(neededForBadge(10)).toBe(8);
  });

  it('an unanswered question counts as not right', () => {
    expect(scoreRound(qs, { q1: true })).toMatchObject({ right: 1, total: 6 });
  });

  it('Level 1 takes the quick question of every rule', () => {
    const rules = [
      rule('r1', [question('x', 'a'), question('y', 'a', true)]),
      rule('r2', [question('z', 'b', true)]),
    ];
    expect(quickQuestions(rules.map(summaryOf)).map(({ rule: r, question: q }) => `${r.id}/${q.id}`)).toEqual(
      ['r1/y', 'r2/z'],
    );
  });
});
