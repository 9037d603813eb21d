import { describe, expect, it } from 'vitest';
import {
  answerStatement,
  initialTrueFalseState,
  isStatementLocked,
  isTrueFalseDone,
  statementStatus,
  wrongCount,
} from '../../../src/features/workbook/activities/trueFalse/trueFalseLogic.ts';
import { firstTry } from '../../../src/features/workbook/activities/kit/attempt.ts';
import { exercise, item } from './pickFixtures.ts';

const tf = exercise('true-false', [item('p', { answer: true }), item('q', { answer: false })]);
const [p, q] = tf.items as [(typeof tf.items)[number], (typeof tf.items)[number]];

describe('true-false logic', () => {
  it('judges each statement as soon as it is answered', () => {
    let s = answerStatement(tf, initialTrueFalseState, 'p', true);
    expect(statementStatus(tf, s, p)).toBe('right');
    expect(statementStatus(tf, s, q)).toBe('open');
    expect(isTrueFalseDone(tf, s)).toBe(false);
    s = answerStatement(tf, s, 'q', true);
    expect(statementStatus(tf, s, q)).toBe('again');
    expect(wrongCount(tf, s)).toBe(1);
  });

  it('a right answer is locked; a wrong one can be answered again', () => {
    let s = answerStatement(tf, initialTrueFalseState, 'p', true);
    expect(isStatementLocked(tf, s, p)).toBe(true);
    expect(answerStatement(tf, s, 'p', false)).toBe(s);
    s = answerStatement(tf, s, 'q', true);
    expect(isStatementLocked(tf, s, q)).toBe(false);
    s = answerStatement(tf, s, 'q', false);
    expect(statementStatus(tf, s, q)).toBe('right');
    expect(wrongCount(tf, s)).toBe(0);
    expect(isTrueFalseDone(tf, s)).toBe(true);
    expect(firstTry(s)).toBe(false); // a wrong answer was given once
  });

  it('all right with no wrong answer is first time', () => {
    let s = answerStatement(tf, initialTrueFalseState, 'q', false);
    s = answerStatement(tf, s, 'p', true);
    expect(isTrueFalseDone(tf, s)).toBe(true);
    expect(firstTry(s)).toBe(true);
  });

  it('the same answer twice and unknown statements change nothing', () => {
    const s = answerStatement(tf, initialTrueFalseState, 'q', true);
    expect(answerStatement(tf, s, 'q', true)).toBe(s);
    expect(answerStatement(tf, s, 'nope', true)).toBe(s);
  });

  it('an opinion: every statement answered completes, never wrong', () => {
    const opinion = { ...tf, opinion: true };
    let s = answerStatement(opinion, initialTrueFalseState, 'p', false);
    expect(statementStatus(opinion, s, p)).toBe('answered');
    expect(isTrueFalseDone(opinion, s)).toBe(false);
    s = answerStatement(opinion, s, 'q', true);
    expect(isTrueFalseDone(opinion, s)).toBe(true);
    expect(firstTry(s)).toBe(true);
    expect(wrongCount(opinion, s)).toBe(0);
  });
});
