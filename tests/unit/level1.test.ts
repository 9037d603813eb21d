/**
 * Level 1 marks (store v4): per rule, right or not the first time and the latest time, and how many rounds.
 * Recorded by the store, migrated from the v3 quick round, and summed up for a before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { createAppStore } from '../../src/store/index.ts';
import { level1FromQuick, recordLevel1, summariseLevel1 } from '../../src/store/level1.ts';
import { readStored } from '../../src/store/migrations.ts';
import { createSafeStorage, STATE_KEY } from '../../src/store/safeStorage.ts';
import { MAX_LEVEL1_ROUNDS, type Persisted } from '../../src/store/schema.ts';

const v3 = readFileSync(join(__dirname, '../fixtures/store/v3.json'), 'utf8');

/** A Storage double in memory. */
function fakeStorage() {
  const data = new Map<string, string>();
  const storage = {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  } satisfies Storage;
  return { storage, data };
}

describe('migrating to v4', () => {
  it("migrates version 3: a seat's quick round becomes its first (and latest) Level 1 marks", () => {
    const result = readStored(v3);
    expect(result).toMatchObject({ ok: true, migrated: true });
    if (!result.ok) return;
    const old = JSON.parse(v3).state as Persisted;
    expect(result.state.seats).toEqual(old.seats);
    expect(result.state.settings).toEqual(old.settings);
    // Everything a v3 seat had is kept as it was, the quick round included.
    for (const [seat, p] of Object.entries(old.progress))
      expect(result.state.progress[seat]).toMatchObject(p);
    expect(result.state.progress['seat-1']?.level1).toBeNull(); // never played Level 1
    // seat-2 missed "respect" and "meeting-up" in a round of all 8 rules: the other six were right.
    expect(CONTENT_IDS.rules).toHaveLength(8);
    expect(result.state.progress['seat-2']?.level1).toEqual({
      rounds: 1,
      marks: Object.fromEntries(
        CONTENT_IDS.rules.map((id) => {
          const right = id !== 'respect' && id !== 'meeting-up';
          return [id, { first: right, latest: right }];
        }),
      ),
    });
  });

  it('migrates a quick round of another size: only its missed rules are known, so only they are marked', () => {
    const old = JSON.parse(v3) as { version: number; state: Persisted };
    const seat2 = old.state.progress['seat-2'];
    if (seat2) seat2.quick = { missed: ['respect'], total: 5 };
    const result = readStored(JSON.stringify(old));
    expect(result.ok && result.state.progress['seat-2']?.level1).toEqual({
      rounds: 1,
      marks: { respect: { first: false, latest: false } },
    });
  });
});

describe('the store records Level 1', () => {
  it('keeps the first and the latest Level 1 mark per rule, and counts the rounds', () => {
    const { storage, data } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    const level1 = () => store.getState().progress['seat-1']?.level1;
    expect(level1()).toBeUndefined();
    store.getState().finishQuickRound({ 'you-have-rights': true, respect: false, 'meeting-up': false });
    expect(level1()).toEqual({
      rounds: 1,
      marks: {
        'you-have-rights': { first: true, latest: true },
        respect: { first: false, latest: false },
        'meeting-up': { first: false, latest: false },
      },
    });
    // After Level 2, Level 1 again: the first marks stay, the latest are this round's, even when worse.
    store.getState().finishQuickRound({ 'you-have-rights': false, respect: true, 'meeting-up': true });
    store.getState().finishQuickRound({ 'you-have-rights': false, respect: true, 'meeting-up': true });
    expect(level1()).toEqual({
      rounds: 3,
      marks: {
        'you-have-rights': { first: true, latest: false },
        respect: { first: false, latest: true },
        'meeting-up': { first: false, latest: true },
      },
    });
    // A rule first answered in a later round (new content) gets its first mark then.
    store.getState().finishQuickRound({ respect: false, 'new-rule': true });
    expect(level1()?.marks['new-rule']).toEqual({ first: true, latest: true });
    expect(level1()?.marks['respect']).toEqual({ first: false, latest: false });
    expect(level1()?.marks['meeting-up']).toEqual({ first: false, latest: true });
    // Stored: marks and a count, nothing else; and it reads back as it was.
    const stored = readStored(data.get(STATE_KEY) ?? '');
    expect(stored.ok && stored.state.progress['seat-1']?.level1).toEqual(level1());
  });

  it('stops counting rounds at the schema bound, so the state stays readable', () => {
    const { storage, data } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    for (let i = 0; i < MAX_LEVEL1_ROUNDS + 2; i++)
      store.getState().finishQuickRound({ respect: i % 2 === 0 });
    expect(store.getState().progress['seat-1']?.level1?.rounds).toBe(MAX_LEVEL1_ROUNDS);
    expect(readStored(data.get(STATE_KEY) ?? '').ok).toBe(true);
  });

  it('records nothing in classroom mode, nor with no seat active', () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    store.getState().updateSettings({ classroom: true });
    store.getState().finishQuickRound({ respect: true });
    expect(store.getState().progress).toEqual({});
    store.getState().updateSettings({ classroom: false });
    store.getState().handOver();
    store.getState().finishQuickRound({ respect: true });
    expect(store.getState().progress).toEqual({});
  });
});

describe('summariseLevel1', () => {
  const ids = ['a-rule', 'b-rule', 'c-rule'];

  it('counts first and latest over the rules given, in their order, and says whether Level 1 was retaken', () => {
    const once = recordLevel1(null, { 'c-rule': false, 'a-rule': true, 'b-rule': false });
    expect(summariseLevel1(once, ids)).toEqual({
      rows: [
        { ruleId: 'a-rule', first: true, latest: true },
        { ruleId: 'b-rule', first: false, latest: false },
        { ruleId: 'c-rule', first: false, latest: false },
      ],
      first: 1,
      latest: 1,
      total: 3,
      retaken: false,
    });
    const twice = recordLevel1(once, { 'a-rule': true, 'b-rule': true, 'c-rule': true });
    expect(summariseLevel1(twice, ids)).toMatchObject({ first: 1, latest: 3, total: 3, retaken: true });
  });

  it('leaves out rules with no mark and marks for rules not given (content that changed)', () => {
    const level1 = recordLevel1(null, { 'a-rule': true, 'gone-rule': true });
    expect(summariseLevel1(level1, ids)).toMatchObject({ rows: [{ ruleId: 'a-rule' }], first: 1, total: 1 });
  });

  it('has nothing to show before Level 1', () => {
    expect(summariseLevel1(null, ids)).toEqual({ rows: [], first: 0, latest: 0, total: 0, retaken: false });
    expect(level1FromQuick(null, ids)).toBeNull();
  });
});
