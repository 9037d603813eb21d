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
import { readStored, STORE_VERSION } from '../../src/store/migrations.ts';
import { createSafeStorage } from '../../src/store/safeStorage.ts';
import type { Persisted } from '../../src/store/schema.ts';
import { own } from '../../src/store/own.ts';
import {
  selectExercises,
  selectLevel1,
  selectQuickRound,
  selectRules,
  selectSeatProgress,
  selectStory,
} from '../../src/store/selectors.ts';
import { exportText, parseExport } from '../../src/store/transfer.ts';

const RESERVED = Object.getOwnPropertyNames(Object.prototype);
/** The v2 fixture as the current version holds it (migrated), so a name can be put in any current field. */
const current = readStored(readFileSync(join(__dirname, '../fixtures/store/v2.json'), 'utf8'));
if (!current.ok) throw new Error('the v2 fixture must load');
const base: Persisted = current.state;

/** A record whose only own key is `key`, even for "__proto__" (an object literal would set the prototype). */
const recordOf = <T>(key: string, value: T): Record<string, T> => Object.fromEntries([[key, value]]);
const EMPTY = { stories: {}, exercises: {}, rules: {}, quick: null, level1: null };

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
  "a rule's Level 1 mark": (name, state) => {
    state.progress['seat-1'] = {
      ...EMPTY,
      level1: { rounds: 2, marks: recordOf(name, { first: false, latest: true }) },
    };
  },
};

function withName(place: string, name: string): Persisted {
  const state = structuredClone(base);
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
        const stored = JSON.stringify({ version: STORE_VERSION, state });
        expect(readStored(stored).ok, `${place} ${name}`).toBe(false);
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
        expect(selectLevel1(s)).toBeNull();

        s.saveStory(id, { step: 2 });
        s.completeExercise(id, { firstTry: true });
        s.finishRule(id, 0.5, false);
        s.finishQuickRound(recordOf(id, false));
        const after = store.getState();
        expect(selectStory(id)(after)).toEqual({ step: 2, choice: null, done: false });
        expect(Object.keys(selectExercises(after))).toEqual([id]);
        expect(selectRules(after)[id]).toEqual({ best: 0.5, badge: false });
        expect(selectQuickRound(after)).toEqual({ missed: [id], total: 1 });
        expect(own(selectLevel1(after)?.marks, id)).toEqual({ first: false, latest: false });
        expect(selectLevel1(after)?.rounds).toBe(1);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: RESERVED.length * 4 },
    );
  });
});
