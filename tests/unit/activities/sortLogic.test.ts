import { describe, expect, it } from 'vitest';
import type { ItemOf } from '../../../src/content/workbookSchema.ts';
import {
  checkSort,
  inBin,
  initialSort,
  placeCard,
  takeBack,
  unplaced,
} from '../../../src/features/workbook/activities/sort/sortLogic.ts';

const card = (id: string, bin: string): ItemOf<'sort'> => ({
  id,
  bin,
  label: [{ t: 'text', v: id }],
  explain: [],
});
const CARDS = [card('air', 'right'), card('phone', 'want'), card('school', 'right')];

describe('sort logic', () => {
  it('places, moves and takes back cards', () => {
    let s = placeCard(initialSort, 'air', 'want');
    expect(unplaced(CARDS, s).map((c) => c.id)).toEqual(['phone', 'school']);
    s = placeCard(s, 'air', 'right');
    expect(inBin(CARDS, s, 'right').map((c) => c.id)).toEqual(['air']);
    expect(placeCard(s, 'air', 'right')).toBe(s);
    s = takeBack(s, 'air');
    expect(unplaced(CARDS, s)).toHaveLength(3);
    expect(takeBack(s, 'air')).toBe(s);
  });

  it('checks only when every card is placed', () => {
    const s = placeCard(initialSort, 'air', 'right');
    expect(checkSort(CARDS, s, false)).toBe(s);
  });

  it('keeps right cards, sends wrong ones back marked, and is done only when all are right', () => {
    let s = placeCard(placeCard(placeCard(initialSort, 'air', 'right'), 'phone', 'right'), 'school', 'want');
    s = checkSort(CARDS, s, false);
    expect(s).toMatchObject({
      locked: ['air'],
      returned: ['phone', 'school'],
      wrong: 2,
      missed: true,
      done: false,
    });
    expect(unplaced(CARDS, s).map((c) => c.id)).toEqual(['phone', 'school']);
    // A card found right cannot be moved or taken back.
    expect(placeCard(s, 'air', 'want')).toBe(s);
    expect(takeBack(s, 'air')).toBe(s);
    // Placing a returned card clears its mark.
    s = placeCard(s, 'phone', 'want');
    expect(s.returned).toEqual(['school']);
    s = checkSort(CARDS, placeCard(s, 'school', 'right'), false);
    expect(s).toMatchObject({ wrong: 0, missed: true, done: true, returned: [] });
    expect(placeCard(s, 'phone', 'right')).toBe(s);
    expect(checkSort(CARDS, s, false)).toBe(s);
  });

  it('right first time is not missed', () => {
    const s = checkSort(
      CARDS,
      CARDS.reduce((acc, c) => placeCard(acc, c.id, c.bin ?? ''), initialSort),
      false,
    );
    expect(s).toMatchObject({ done: true, missed: false });
  });

  it('an opinion accepts any bin', () => {
    const all = CARDS.reduce((acc, c) => placeCard(acc, c.id, 'want'), initialSort);
    expect(checkSort(CARDS, all, true)).toMatchObject({ done: true, missed: false, wrong: 0 });
  });
});
