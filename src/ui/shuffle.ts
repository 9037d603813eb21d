/**
 * The one seeded shuffle: the same seed always gives the same mixed-up order. A workbook exercise shows its
 * cards the same way on every screen and on the printed worksheet (and never already in the right order); a
 * story's or an exercise's options come in an order of each seat's own (seatShuffle); a Net Rules round
 * mixes its options per round. So the right answer has no fixed place, and tests stay stable.
 */

/** FNV-1a: a 32-bit hash of a string, the seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny, good-enough pseudo-random generator; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a generator seeded from `seed`. Does not change `items`. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = mulberry32(hashString(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/**
 * A seeded shuffle that is never the original order (for two or more items): a few seeds are tried, then the
 * last try is rotated by one place, which always moves every item.
 */
export function shuffleAway<T>(items: readonly T[], seed: string): T[] {
  if (items.length < 2) return [...items];
  let out = seededShuffle(items, seed);
  for (let attempt = 1; attempt < 4 && sameOrder(out, items); attempt++) {
    out = seededShuffle(items, `${seed}#${attempt}`);
  }
  return sameOrder(out, items) ? [...out.slice(1), ...out.slice(0, 1)] : out;
}

function sameOrder<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The order one seat sees a list in: its own (authors tend to write the right answer first, or last), and
 * the same on every visit, so a reload never reshuffles an attempt half-way. A plain shuffle, not
 * shuffleAway: never keeping the written order would put a two-option list's answer always in the other
 * place. With no seat (classroom mode, or between children at school) the order belongs to the list alone,
 * so every device projecting it shows the same one.
 */
export function seatShuffle<T>(items: readonly T[], key: string, seat: string | null): T[] {
  return seededShuffle(items, seat === null ? key : `${key}@${seat}`);
}

/**
 * The order a list is printed in: never the order the class sees projected (seatShuffle with no seat), so
 * answers called out by place on the projector cannot be copied onto paper, or back.
 */
export function paperShuffle<T>(items: readonly T[], key: string): T[] {
  return shuffleAway(seatShuffle(items, key, null), `${key}:paper`);
}
