import { describe, expect, it } from 'vitest';
import type { ItemOf } from '../../../src/content/workbookSchema.ts';
import {
  checkRank,
  initialRank,
  isReady,
  moveChoice,
  moveChoiceTo,
  pickCount,
  rankMark,
  toggleChoice,
} from '../../../src/features/workbook/activities/rank/rankLogic.ts';

const item = (id: string): ItemOf<'rank'> => ({ id, label: [{ t: 'text', v: id }], explain: [] });
const ITEMS = ['a', 'b', 'c', 'd'].map(item);

describe('rank logic', () => {
  it('pick is clamped to the cards there are, and defaults to all of them', () => {
    expect(pickCount({ pick: 2, items: ITEMS })).toBe(2);
    expect(pickCount({ pick: 9, items: ITEMS })).toBe(4);
    expect(pickCount({ items: ITEMS })).toBe(4);
  });

  it('chooses up to pick cards, at the end or at a place, and toggles them out', () => {
    let s = toggleChoice(initialRank, 'c', 2);
    s = toggleChoice(s, 'a', 2, 0);
    expect(s.chosen).toEqual(['a', 'c']);
    expect(isReady(s, 2)).toBe(true);
    expect(toggleChoice(s, 'b', 2)).toBe(s);
    s = toggleChoice(s, 'a', 2);
    expect(s.chosen).toEqual(['c']);
  });

  it('reorders the chosen cards', () => {
    const s = { ...initialRank, chosen: ['a', 'b', 'c'] };
    expect(moveChoice(s, 'c', -1).chosen).toEqual(['a', 'c', 'b']);
    expect(moveChoiceTo(s, 'a', 2).chosen).toEqual(['b', 'c', 'a']);
    expect(moveChoice(s, 'a', -1)).toBe(s);
  });

  it('an opinion is done as soon as the cards are chosen, first try', () => {
    const ex = { opinion: true, pick: 2, items: ITEMS };
    expect(checkRank(ex, { ...initialRank, chosen: ['d'] })).toMatchObject({ done: false });
    expect(checkRank(ex, { ...initialRank, chosen: ['d', 'b'] })).toMatchObject({
      done: true,
      missed: false,
    });
  });

  it('otherwise the answer is the first cards as written, in order', () => {
    const ex = { opinion: false, pick: 2, items: ITEMS };
    let s = checkRank(ex, { ...initialRank, chosen: ['b', 'a'] });
    expect(s).toMatchObject({ done: false, wrong: 2, missed: true });
    expect(rankMark(s, 'a')).toBe('again');
    s = moveChoice(s, 'a', -1);
    expect(rankMark(s, 'a')).toBeNull();
    s = checkRank(ex, s);
    expect(s).toMatchObject({ done: true, missed: true });
    expect(toggleChoice(s, 'a', 2)).toBe(s);
  });
});
