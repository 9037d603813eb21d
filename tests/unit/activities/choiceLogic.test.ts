import { describe, expect, it } from 'vitest';
import {
  checkChoice,
  choiceMark,
  initialChoiceState,
  isChoiceDone,
  selectOption,
} from '../../../src/features/workbook/activities/choice/choiceLogic.ts';
import { firstTry } from '../../../src/features/workbook/activities/kit/attempt.ts';
import { exercise, item } from './pickFixtures.ts';

const choice = exercise('choice', [item('a'), item('b', { correct: true }), item('c')]);

describe('choice logic', () => {
  it('checks nothing until an option is chosen', () => {
    expect(checkChoice(choice, initialChoiceState)).toBe(initialChoiceState);
  });

  it('a right option on the first check completes, first time', () => {
    const s = checkChoice(choice, selectOption(initialChoiceState, 'b'));
    expect(s.outcome).toBe('right');
    expect(isChoiceDone(s)).toBe(true);
    expect(firstTry(s)).toBe(true);
    expect(choiceMark(s, 'b')).toBe('right');
    expect(choiceMark(s, 'a')).toBeNull();
  });

  it('an option not right is marked, stays marked, is counted once, and the child chooses again', () => {
    let s = checkChoice(choice, selectOption(initialChoiceState, 'a'));
    expect(s.outcome).toBe('wrong');
    expect(isChoiceDone(s)).toBe(false);
    expect(choiceMark(s, 'a')).toBe('again');
    s = checkChoice(choice, s); // the same one again
    expect(s.tried).toEqual(['a']);
    expect(s.checks).toBe(2);
    s = checkChoice(choice, selectOption(s, 'c'));
    expect(s.tried).toEqual(['a', 'c']);
    s = checkChoice(choice, selectOption(s, 'b'));
    expect(isChoiceDone(s)).toBe(true);
    expect(firstTry(s)).toBe(false);
    expect(choiceMark(s, 'a')).toBe('again');
    expect(choiceMark(s, 'b')).toBe('right');
  });

  it('nothing changes once done', () => {
    const done = checkChoice(choice, selectOption(initialChoiceState, 'b'));
    expect(selectOption(done, 'a')).toBe(done);
    expect(checkChoice(choice, done)).toBe(done);
  });

  it('an opinion: any option completes, first time', () => {
    const opinion = exercise('choice', [item('x'), item('y')], true);
    const s = checkChoice(opinion, selectOption(initialChoiceState, 'y'));
    expect(s.outcome).toBe('opinion');
    expect(isChoiceDone(s)).toBe(true);
    expect(firstTry(s)).toBe(true);
    expect(choiceMark(s, 'y')).toBeNull();
  });

  it('an unknown option is ignored', () => {
    const s = selectOption(initialChoiceState, 'nope');
    expect(checkChoice(choice, s)).toBe(s);
  });
});
