/**
 * Ids come from data (a seat id from an imported file, a story id from the URL) and are used as keys. Every
 * name that lives on Object.prototype ("constructor", "toString", "__proto__", …) is refused as an id by the
 * stored-data reader and by import, wherever an id goes; and even when such a name reaches the store, every read
 * finds only the record's own entries, so the storybook, the workbook and saving keep working.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { createAppStore } from '../../src/store/index.ts';
import { readStored } from '../../src/store/migrations.ts';
import { createSafeStorage } from '../../src/store/safeStorage.ts';
import type { Persisted } from '../../src/store/schema.ts';
import {
  selectExercises,
  selectQuickRound,
  selectRules,
  selectSeatProgress,
  selectStory,
} from '../../src/store/selectors.ts';
import { exportText, parseExport } from '../../src/store/transfer.ts';

const RESERVED = Object.getOwnPropertyNames(Object.prototype);
const v2 = JSON.parse(readFileSync(join(__dirname, '../fixtures/store/v2.json'), 'utf8')) as {
  version: number;
  state: Persisted;
};

/** A record whose only own key is `key`, even for "__proto__" (an object literal would set the prototype). */
const recordOf = <T>(key: string, value: T): Record<string, T> => Object.fromEntries([[key, value]]);
const EMPTY = { stories: {}, exercises: {}, rules: {}, quick: null };

/** The v2 fixture's state with `name` put where an id goes. */
const PLACES: Record<string, (name: string, state: Persisted) => void> = {
  'a seat id': (name, state) => {
    state.seats = { list: [{ id: name, animal: 'owl', colour: 'teal' }], active: name };
    state.progress = recordOf(name, EMPTY);
  },
  // The attack that broke the storybook for good: a seat "constructor" with no progress of its own yet.
  'a new seat id': (name, state) => {
    state.seats = { list: [...state.seats.list, { id: name, animal: 'fox', colour: 'red' }], active: name };
  },
  'a progress key': (name, state) => {
    state.progress = { ...state.progress, ...recordOf(name, EMPTY) };
  },
  'a story id': (name, state) => {
    state.progress['seat-1'] = { ...EMPTY, stories: recordOf(name, { step: 1, choice: null, done: false }) };
  },
  'a chosen option': (name, state) => {
    state.progress['seat-1'] = {
      ...EMPTY,
      stories: { 'right-to-play': { step: 1, choice: name, done: false } },
    };
  },
  'an exercise id': (name, state) => {
    state.progress['seat-1'] = { ...EMPTY, exercises: recordOf(name, { done: true, firstTry: true }) };
  },
  'a rule id': (name, state) => {
    state.progress['seat-1'] = { ...EMPTY, rules: recordOf(name, { best: 1, badge: true }) };
  },
  'a missed rule': (name, state) => {
    state.progress['seat-1'] = { ...EMPTY, quick: { missed: [name], total: 8 } };
  },
};

function withName(place: string, name: string): Persisted {
  const state = structuredClone(v2.state);
  PLACES[place]?.(name, state);
  return state;
}

describe('names from Object.prototype as ids', () => {
  it('lists the names it covers', () => {
    expect(RESERVED).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString', 'valueOf']));
  });

  it('are refused wherever an id goes, in stored data and in an imported file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESERVED), fc.constantFrom(...Object.keys(PLACES)), (name, place) => {
        const state = withName(place, name);
        expect(readStored(JSON.stringify({ version: 2, state })).ok, `${place} ${name}`).toBe(false);
        expect(parseExport(exportText(state), CONTENT_IDS).ok, `${place} ${name} (import)`).toBe(false);
      }),
      { numRuns: RESERVED.length * Object.keys(PLACES).length * 2 },
    );
  });

  it('reads only own entries even when such a name reaches the store, and saving keeps working', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RESERVED), fc.constantFrom(...RESERVED), (seat, id) => {
        const store = createAppStore(createSafeStorage(() => null));
        store.setState({ seats: { list: [{ id: seat, animal: 'owl', colour: 'teal' }], active: seat } });
        store.setState({ progress: {} });
        const s = store.getState();
        expect(selectSeatProgress(s)).toBeUndefined();
        expect(selectStory(id)(s)).toBeUndefined();
        expect(selectExercises(s)).toEqual({});
        expect(selectRules(s)).toEqual({});
        expect(selectQuickRound(s)).toBeNull();

        s.saveStory(id, { step: 2 });
        s.completeExercise(id, { firstTry: true });
        s.finishRule(id, 0.5, false);
        s.finishQuickRound([id], 8);
        const after = store.getState();
        expect(selectStory(id)(after)).toEqual({ step: 2, choice: null, done: false });
        expect(Object.keys(selectExercises(after))).toEqual([id]);
        expect(selectRules(after)[id]).toEqual({ best: 0.5, badge: false });
        expect(selectQuickRound(after)).toEqual({ missed: [id], total: 8 });
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: RESERVED.length * 4 },
    );
  });
});
