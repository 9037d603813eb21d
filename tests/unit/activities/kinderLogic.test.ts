import { describe, expect, it } from 'vitest';
import {
  initialKinderState,
  isKinderDone,
  isLastRound,
  kinderRounds,
  messageMark,
  nextRound,
  pickMessage,
} from '../../../src/features/workbook/activities/kinder/kinderLogic.ts';
import { firstTry } from '../../../src/features/workbook/activities/kit/attempt.ts';
import { exercise, item } from './pickFixtures.ts';

const kinder = exercise('kinder', [
  item('one-mean', { round: 'one' }),
  item('two-kind', { round: 'two', correct: true }),
  item('one-kind', { round: 'one', correct: true }),
  item('two-mean', { round: 'two' }),
]);
const rounds = kinderRounds(kinder.items);

describe('kinder logic', () => {
  it('groups messages by round, in the order rounds first appear', () => {
    expect(rounds.map((r) => [r.id, r.items.map((i) => i.id)])).toEqual([
      ['one', ['one-mean', 'one-kind']],
      ['two', ['two-kind', 'two-mean']],
    ]);
  });

  it('a message with no round stands alone', () => {
    expect(kinderRounds([item('x'), item('y')]).map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('a pick that is not kinder is marked; the kinder one solves the round; then the next round', () => {
    let s = pickMessage(kinder, rounds, initialKinderState, 'one-mean');
    expect(s.solved).toBe(false);
    expect(messageMark(kinder, s, 'one-mean')).toBe('again');
    expect(nextRound(rounds, s)).toBe(s); // not solved yet
    s = pickMessage(kinder, rounds, s, 'one-kind');
    expect(s.solved).toBe(true);
    expect(messageMark(kinder, s, 'one-kind')).toBe('right');
    expect(pickMessage(kinder, rounds, s, 'one-mean')).toBe(s); // solved: no change
    expect(isKinderDone(rounds, s)).toBe(false);
    s = nextRound(rounds, s);
    expect(s.round).toBe(1);
    expect(s.picked).toBeNull();
    expect(isLastRound(rounds, s)).toBe(true);
    expect(pickMessage(kinder, rounds, s, 'one-kind')).toBe(s); // not in this round
    s = pickMessage(kinder, rounds, s, 'two-kind');
    expect(isKinderDone(rounds, s)).toBe(true);
    expect(nextRound(rounds, s)).toBe(s);
    expect(firstTry(s)).toBe(false);
  });

  it('every round right the first time', () => {
    let s = pickMessage(kinder, rounds, initialKinderState, 'one-kind');
    s = pickMessage(kinder, rounds, nextRound(rounds, s), 'two-kind');
    expect(isKinderDone(rounds, s)).toBe(true);
    expect(firstTry(s)).toBe(true);
  });

  it('an opinion: any pick solves the round, with no marks', () => {
    const opinion = { ...kinder, opinion: true };
    const s = pickMessage(opinion, rounds, initialKinderState, 'one-mean');
    expect(s.solved).toBe(true);
    expect(messageMark(opinion, s, 'one-mean')).toBeNull();
    expect(firstTry(s)).toBe(true);
  });
});
