import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hashString,
  mulberry32,
  paperShuffle,
  seatShuffle,
  seededShuffle,
  shuffleAway,
} from '../../src/ui/shuffle.ts';

describe('seeded shuffle', () => {
  it('hashes strings to stable 32-bit seeds', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('rights-or-wants')).toBe(hashString('rights-or-wants'));
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(Number.isInteger(hashString('x'))).toBe(true);
  });

  it('mulberry32 gives the same numbers for the same seed, all in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 200 }, () => a());
    expect(xs).toEqual(Array.from({ length: 200 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(190);
  });

  it('is a permutation, the same for the same seed, and leaves its input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.string(), (items, seed) => {
        const copy = [...items];
        const out = seededShuffle(items, seed);
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
        expect(seededShuffle(items, seed)).toEqual(out);
      }),
    );
  });

  it('differs between seeds (mixes, not only rotates)', () => {
    const items = Array.from({ length: 8 }, (_, i) => i);
    const orders = new Set(['a', 'b', 'c', 'd', 'e'].map((s) => seededShuffle(items, s).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('shuffleAway is never the original order, for any list of two or more distinct items', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 12 }),
        fc.string(),
        (items, seed) => {
          const out = shuffleAway(items, seed);
          expect(out).not.toEqual(items);
          expect([...out].sort()).toEqual([...items].sort());
          expect(shuffleAway(items, seed)).toEqual(out);
        },
      ),
      { numRuns: 500 },
    );
    expect(shuffleAway(['only'], 'x')).toEqual(['only']);
    expect(shuffleAway([], 'x')).toEqual([]);
  });

  it("seatShuffle: a seat's order is the same every time, seats differ, and no seat means the list's own", () => {
    const options = ['kind', 'silly'];
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, seat) => {
        expect(seatShuffle(options, key, seat)).toEqual(seatShuffle(options, key, seat));
        expect(seatShuffle(options, key, null)).toEqual(seatShuffle(options, key, null));
      }),
    );
    const seats = Array.from({ length: 40 }, (_, i) => `seat-${i + 1}`);
    const orders = seats.map((seat) => seatShuffle(options, 'story:right-to-play', seat).join());
    // Both orders, about as often: the written one is not avoided (that would move the answer every time).
    expect(orders.filter((o) => o === 'kind,silly').length).toBeGreaterThan(10);
    expect(orders.filter((o) => o === 'silly,kind').length).toBeGreaterThan(10);
    // Each list is mixed on its own: two lists do not share a seat's order.
    const four = ['a', 'b', 'c', 'd'];
    expect(
      new Set(['x', 'y', 'z', 'w'].map((key) => seatShuffle(four, key, 'seat-1').join())).size,
    ).toBeGreaterThan(1);
  });

  it('paperShuffle is never the order projected for the class, and always the same', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 10 }), fc.string(), (items, key) => {
        const paper = paperShuffle(items, key);
        expect(paper).not.toEqual(seatShuffle(items, key, null));
        expect(paperShuffle(items, key)).toEqual(paper);
        expect([...paper].sort()).toEqual([...items].sort());
      }),
      { numRuns: 300 },
    );
  });
});
