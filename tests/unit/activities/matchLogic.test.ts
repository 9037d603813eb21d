import { describe, expect, it } from 'vitest';
import type { ItemOf } from '../../../src/content/workbookSchema.ts';
import {
  allPaired,
  checkMatch,
  freeRights,
  initialMatch,
  pairUp,
  shuffledRights,
  unpair,
} from '../../../src/features/workbook/activities/match/matchLogic.ts';

const pair = (id: string, match = `${id}-match`): ItemOf<'match'> => ({
  id,
  label: [{ t: 'text', v: id }],
  match: [{ t: 'text', v: match }],
  explain: [],
});
const ITEMS = [pair('a'), pair('b'), pair('c')];

describe('match logic', () => {
  it('shows the right cards mixed, never lined up with the left', () => {
    expect(shuffledRights(ITEMS, 'ex').map((r) => r.id)).not.toEqual(['a', 'b', 'c']);
    expect(shuffledRights(ITEMS, 'ex')).toEqual(shuffledRights(ITEMS, 'ex'));
  });

  it('pairs, moves a right card from one left card to another, and undoes', () => {
    let s = pairUp(initialMatch, 'a', 'b');
    expect(freeRights(ITEMS, s).map((r) => r.id)).toEqual(['a', 'c']);
    s = pairUp(s, 'c', 'b');
    expect(s.pairs).toEqual({ c: 'b' });
    expect(unpair(s, 'c').pairs).toEqual({});
    expect(unpair(s, 'a')).toBe(s);
  });

  it('keeps right pairs, pulls wrong ones apart, and completes after the retry', () => {
    let s = pairUp(pairUp(pairUp(initialMatch, 'a', 'a'), 'b', 'c'), 'c', 'b');
    expect(allPaired(ITEMS, s)).toBe(true);
    s = checkMatch(ITEMS, s, false);
    expect(s).toMatchObject({
      pairs: { a: 'a' },
      locked: ['a'],
      returned: ['b', 'c'],
      wrong: 2,
      done: false,
    });
    // A right pair stays, and its right card cannot be taken.
    expect(pairUp(s, 'b', 'a')).toBe(s);
    expect(unpair(s, 'a')).toBe(s);
    s = pairUp(s, 'b', 'b');
    expect(s.returned).toEqual(['c']);
    expect(checkMatch(ITEMS, s, false)).toBe(s); // not all paired yet
    s = checkMatch(ITEMS, pairUp(s, 'c', 'c'), false);
    expect(s).toMatchObject({ done: true, missed: true, wrong: 0 });
  });

  it('a right card with the very same words as the answer counts as right', () => {
    const items = [pair('a', 'same'), pair('b', 'same'), pair('c')];
    const s = checkMatch(items, pairUp(pairUp(pairUp(initialMatch, 'a', 'b'), 'b', 'a'), 'c', 'c'), false);
    expect(s).toMatchObject({ done: true, missed: false });
  });
});
