/**
 * Stored data never crashes the app or silently vanishes: whatever is in storage (truncated JSON, wrong types,
 * unknown versions, prototype keys, huge strings), the store starts usable, and anything it could not read is
 * kept, byte for byte, under a backup key.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStored } from '../../src/store/migrations.ts';
import { BACKUP_PREFIX, createSafeStorage, STATE_KEY } from '../../src/store/safeStorage.ts';
import { createAppStore } from '../../src/store/index.ts';
import { currentSchema } from '../../src/store/schema.ts';
import { selectStory } from '../../src/store/selectors.ts';

const v1 = readFileSync(join(__dirname, '../fixtures/store/v1.json'), 'utf8');
const v2 = readFileSync(join(__dirname, '../fixtures/store/v2.json'), 'utf8');
const v3 = readFileSync(join(__dirname, '../fixtures/store/v3.json'), 'utf8');

function memoryStorage(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  const storage: Storage = {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
  return { storage, data };
}

/** Arbitrary stored values: noise, JSON of any shape, and near-misses of real states. */
const storedValue = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify({ version: 2, state: v })),
  fc.integer().map((n) => JSON.stringify({ version: n, state: JSON.parse(v2).state })),
  fc.nat({ max: v2.length }).map((n) => v2.slice(0, n)),
  fc
    .constantFrom('__proto__', 'constructor', 'prototype')
    .map((k) => v2.replace('"right-to-play"', `"${k}"`)),
  fc
    .string({ minLength: 1, maxLength: 3 })
    .map((s) => v2.replace('"step": 3', `"step": ${JSON.stringify(s)}`)),
  fc.constant(JSON.stringify({ version: 2, state: JSON.parse(v2).state, extra: 'x'.repeat(200_000) })),
);

describe('stored data, property-based', () => {
  it('never throws on read, and a failed read says why', () => {
    fc.assert(
      fc.property(storedValue, (raw) => {
        const result = readStored(raw);
        if (result.ok) expect(currentSchema.safeParse(result.state).success).toBe(true);
        else expect(['unreadable', 'invalid', 'newer-version', 'unknown-version']).toContain(result.reason);
      }),
      { numRuns: 400 },
    );
  });

  it('the app store always starts usable, and keeps what it could not read', () => {
    fc.assert(
      fc.property(storedValue, (raw) => {
        const { storage, data } = memoryStorage({ [STATE_KEY]: raw });
        const store = createAppStore(createSafeStorage(() => storage));
        const state = store.getState();
        expect(
          currentSchema.safeParse({ settings: state.settings, seats: state.seats, progress: state.progress })
            .success,
        ).toBe(true);
        // Usable: progress can be saved.
        state.saveStory('right-to-play', { step: 1 });
        expect(selectStory('right-to-play')(store.getState())?.step).toBe(1);
        if (!readStored(raw).ok) {
          const backups = [...data.entries()].filter(([k]) => k.startsWith(BACKUP_PREFIX)).map(([, v]) => v);
          expect(backups).toContain(raw);
          expect(store.getState().notices).toContain('recovered');
        }
        expect(Object.prototype).not.toHaveProperty('step');
      }),
      { numRuns: 150 },
    );
  });

  it('every released version loads with all its progress', () => {
    for (const fixture of [v1, v2, v3]) {
      const result = readStored(fixture);
      expect(result.ok).toBe(true);
      const before = JSON.parse(fixture).state.progress['seat-1'].stories;
      if (result.ok) expect(result.state.progress['seat-1']?.stories).toEqual(before);
    }
  });
});
