/** Seat colours stay visible: the disc's ring stands out from the page, the animal's outline from the disc. */
import { describe, expect, it } from 'vitest';
import { INK, NEUTRAL_DISC, SEAT_COLOURS } from '../../../src/features/profiles/palette.ts';
import { COLOURS } from '../../../src/store/schema.ts';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const PAGE = ['#fffaf0', '#ffffff', '#ccfbf1']; // page, surface, the current seat's tile

describe('seat colours', () => {
  it('has one disc for every colour the store allows', () => {
    expect(Object.keys(SEAT_COLOURS).sort()).toEqual([...COLOURS].sort());
  });

  it.each([...COLOURS])('%s: ring ≥ 3:1 against the page, ink outline ≥ 3:1 against the fill', (c) => {
    const { fill, ring } = SEAT_COLOURS[c];
    for (const page of PAGE) expect(contrast(ring, page)).toBeGreaterThanOrEqual(3);
    expect(contrast(INK, fill)).toBeGreaterThanOrEqual(3);
  });

  it('the uncoloured disc follows the same rules', () => {
    for (const page of PAGE) expect(contrast(NEUTRAL_DISC.ring, page)).toBeGreaterThanOrEqual(3);
    expect(contrast(INK, NEUTRAL_DISC.fill)).toBeGreaterThanOrEqual(3);
  });

  it('the eight fills are eight hues, spread round the wheel (a child tells red from pink, blue from teal)', () => {
    const hue = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
        number,
        number,
        number,
      ];
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    const hues = Object.values(SEAT_COLOURS).map((c) => hue(c.fill));
    for (const [i, a] of hues.entries())
      for (const b of hues.slice(i + 1)) {
        const gap = Math.abs(a - b);
        expect(Math.min(gap, 360 - gap)).toBeGreaterThan(20);
      }
  });
});
