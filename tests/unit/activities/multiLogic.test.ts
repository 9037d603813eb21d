import { describe, expect, it } from 'vitest';
import {
  checkMulti,
  correctIds,
  initialMultiState,
  isLocked,
  toggleOption,
  type MultiState,
} from '../../../src/features/workbook/activities/multi/multiLogic.ts';
import { firstTry } from '../../../src/features/workbook/activities/kit/attempt.ts';
import { exercise, item } from './pickFixtures.ts';

const multi = exercise('multi', [
  item('a', { correct: true }),
  item('b'),
  item('c', { correct: true }),
  item('d'),
]);
const tick = (s: MultiState, ...ids: string[]) => ids.reduce(toggleOption, s);

describe('multi logic', () => {
  it('knows the right set', () => {
    expect(correctIds(multi)).toEqual(['a', 'c']);
  });

  it('toggles', () => {
    expect(tick(initialMultiState, 'a', 'b').selected).toEqual(['a', 'b']);
    expect(tick(initialMultiState, 'a', 'b', 'a').selected).toEqual(['b']);
  });

  it('checks nothing with nothing ticked', () => {
    expect(checkMulti(multi, initialMultiState)).toBe(initialMultiState);
  });

  it('exactly the right set completes, first time', () => {
    const s = checkMulti(multi, tick(initialMultiState, 'c', 'a'));
    expect(s.done).toBe(true);
    expect(s.wrong).toBe(0);
    expect(firstTry(s)).toBe(true);
    expect(s.marks).toEqual({ a: 'right', c: 'right' });
  });

  it('counts ticked-but-not-right and right-but-missed; marks only what was ticked', () => {
    const s = checkMulti(multi, tick(initialMultiState, 'a', 'b', 'd'));
    expect(s.done).toBe(false);
    expect(s.wrong).toBe(3); // b, d ticked; c missed
    expect(s.marks).toEqual({ a: 'right', b: 'again', d: 'again' });
    expect(s.missed).toBe(true); // a check that was not all right: not a first try
  });

  it('a superset of the right set is not done', () => {
    const s = checkMulti(multi, tick(initialMultiState, 'a', 'b', 'c'));
    expect(s.done).toBe(false);
    expect(s.wrong).toBe(1);
  });

  it('the retry keeps what was right (locked), and earlier marks stay', () => {
    let s = checkMulti(multi, tick(initialMultiState, 'a', 'b'));
    expect(isLocked(s, 'a')).toBe(true);
    expect(toggleOption(s, 'a')).toBe(s);
    s = tick(s, 'b', 'c');
    expect(s.selected).toEqual(['a', 'c']);
    s = checkMulti(multi, s);
    expect(s.done).toBe(true);
    expect(firstTry(s)).toBe(false);
    expect(s.marks).toEqual({ a: 'right', b: 'again', c: 'right' });
    expect(toggleOption(s, 'd')).toBe(s);
    expect(checkMulti(multi, s)).toBe(s);
  });

  it('an opinion: any non-empty choice completes, with no marks', () => {
    const opinion = { ...multi, opinion: true };
    const s = checkMulti(opinion, tick(initialMultiState, 'b'));
    expect(s.done).toBe(true);
    expect(s.marks).toEqual({});
    expect(firstTry(s)).toBe(true);
  });
});
