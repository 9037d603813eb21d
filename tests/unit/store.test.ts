import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readStored, STORE_VERSION } from '../../src/store/migrations.ts';
import { BACKUP_PREFIX, createSafeStorage, STATE_KEY } from '../../src/store/safeStorage.ts';
import { createAppStore } from '../../src/store/index.ts';
import { ANIMALS, COLOURS } from '../../src/store/schema.ts';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { addClassFiles } from '../../src/store/classView.ts';

// Every released version's stored shape, kept as a fixture: each must still load with all progress kept.
const v1 = readFileSync(join(__dirname, '../fixtures/store/v1.json'), 'utf8');
const v2 = readFileSync(join(__dirname, '../fixtures/store/v2.json'), 'utf8');
const v4 = readFileSync(join(__dirname, '../fixtures/store/v4.json'), 'utf8');
const v5 = readFileSync(join(__dirname, '../fixtures/store/v5.json'), 'utf8');

/** A Storage double that can be told to fail like a full or private-mode browser. */
function fakeStorage(initial: Record<string, string> = {}, fail: { get?: boolean; set?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  const storage = {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => {
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  } satisfies Storage;
  return { storage, data };
}

describe('readStored', () => {
  it('migrates version 4 unchanged: an exercise kept before slips has none recorded', () => {
    const result = readStored(v4);
    expect(result).toMatchObject({ ok: true, migrated: true });
    if (result.ok) {
      expect(result.state).toEqual(JSON.parse(v4).state);
      expect(result.state.progress['seat-1']?.exercises['rights-or-wants']).toEqual({
        done: true,
        firstTry: false,
      });
    }
  });

  it('reads version 5 as it is: exercise slips (item ids), Level 1 marks first and latest per rule', () => {
    const result = readStored(v5);
    expect(result).toMatchObject({ ok: true, migrated: false });
    if (result.ok) {
      expect(result.state).toEqual(JSON.parse(v5).state);
      expect(result.state.progress['seat-1']?.exercises['rights-or-wants']?.slips).toEqual([
        'privacy',
        'lots-of-followers',
      ]);
      expect(result.state.progress['seat-2']?.level1?.marks['respect']).toEqual({
        first: false,
        latest: true,
      });
    }
  });

  it('migrates version 2 to the current version, keeping its active seat and all progress', () => {
    const result = readStored(v2);
    expect(result).toMatchObject({ ok: true, migrated: true });
    if (result.ok) {
      expect(result.state.seats.active).toBe('seat-1');
      const old = JSON.parse(v2).state.progress as Record<string, object>;
      for (const [seat, p] of Object.entries(old)) expect(result.state.progress[seat]).toMatchObject(p);
      expect(result.state.progress['seat-2']?.level1?.marks['meeting-up']).toEqual({
        first: false,
        latest: false,
      });
    }
  });

  it('migrates version 1 to the current version with all progress kept', () => {
    const result = readStored(v1);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.state.progress['seat-1']?.stories['right-to-play']).toEqual({
        step: 3,
        choice: 'take-turns',
        done: true,
      });
      expect(result.state.settings.locale).toBe('ar');
      expect(result.state.progress['seat-1']?.exercises).toEqual({});
      expect(result.state.progress['seat-1']?.rules).toEqual({});
      expect(result.state.settings.timer).toBeNull();
      expect(result.migrated).toBe(true);
    }
  });

  it('keeps a quiet backup of the pre-migration data when it migrates', () => {
    const { storage, data } = fakeStorage({ [STATE_KEY]: v1 });
    const store = createAppStore(createSafeStorage(() => storage));
    expect(store.getState().notices).toEqual([]); // a migration is routine, not a problem to report
    expect([...data.entries()].filter(([k]) => k.startsWith(BACKUP_PREFIX)).map(([, v]) => v)).toEqual([v1]);
  });

  it.each([
    ['truncated JSON', v1.slice(0, 40), 'unreadable'],
    ['not an object', '"hello"', 'invalid'],
    ['no version', JSON.stringify({ state: {} }), 'unknown-version'],
    ['a newer version', JSON.stringify({ version: STORE_VERSION + 1, state: {} }), 'newer-version'],
    ['wrong types', v1.replace('"step": 3', '"step": "three"'), 'invalid'],
    ['a __proto__ story key', v1.replace('"right-to-play"', '"__proto__"'), 'invalid'],
    ['a name smuggled in as a seat id', v1.replaceAll('seat-1', 'Maria Lopez'), 'invalid'],
    ['an active seat that does not exist', v1.replace('"active": "seat-1"', '"active": "seat-9"'), 'invalid'],
  ])('rejects %s without throwing', (_name, raw, reason) => {
    expect(readStored(raw)).toEqual({ ok: false, reason });
  });
});

describe('the store', () => {
  it('hydrates from stored data', () => {
    const { storage } = fakeStorage({ [STATE_KEY]: v1 });
    const store = createAppStore(createSafeStorage(() => storage));
    expect(store.getState().settings.textSize).toBe('large');
    expect(store.getState().progress['seat-1']?.stories['right-to-play']?.done).toBe(true);
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps a backup of data it cannot read, says so calmly, and starts fresh', () => {
    const broken = v1.slice(0, 100);
    const { storage, data } = fakeStorage({ [STATE_KEY]: broken });
    const store = createAppStore(createSafeStorage(() => storage));
    expect(store.getState().notices).toEqual(['recovered']);
    expect(store.getState().progress).toEqual({});
    const backups = [...data.entries()].filter(([k]) => k.startsWith(BACKUP_PREFIX));
    expect(backups.map(([, v]) => v)).toEqual([broken]);
    // New progress is saved, and the backup is still there afterwards.
    store.getState().saveStory('right-to-play', { step: 1 });
    expect(
      JSON.parse(data.get(STATE_KEY) ?? '{}').state.progress['seat-1'].stories['right-to-play'].step,
    ).toBe(1);
    expect([...data.values()]).toContain(broken);
  });

  it('keeps working in memory when storage throws, and says so', () => {
    const { storage } = fakeStorage({}, { get: true, set: true });
    const store = createAppStore(createSafeStorage(() => storage));
    store.getState().saveStory('right-to-play', { step: 2 });
    expect(store.getState().progress['seat-1']?.stories['right-to-play']?.step).toBe(2);
    expect(store.getState().notices).toContain('memory-only');
  });

  it('reports a full storage (quota) while keeping the change in memory', () => {
    const { storage } = fakeStorage({}, { set: true });
    const store = createAppStore(createSafeStorage(() => storage));
    store.getState().updateSettings({ textSize: 'larger' });
    expect(store.getState().settings.textSize).toBe('larger');
    expect(store.getState().notices).toContain('memory-only');
  });

  it('keeps a star once earned, and "read again" keeps it', () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    const { saveStory, restartStory } = store.getState();
    saveStory('right-to-play', { step: 6, done: true });
    saveStory('right-to-play', { step: 2 });
    restartStory('right-to-play');
    expect(store.getState().progress['seat-1']?.stories['right-to-play']).toEqual({
      step: 0,
      choice: null,
      done: true,
    });
  });

  it('keeps the best result of a rule, and a badge once earned stays after a worse retry', () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    store.getState().finishRule('respect', 0.5, false);
    store.getState().finishRule('respect', 5 / 6, true);
    store.getState().finishRule('respect', 1 / 6, false);
    expect(store.getState().progress['seat-1']?.rules['respect']).toEqual({ best: 5 / 6, badge: true });
    store.getState().finishQuickRound({ 'you-have-rights': true, respect: false });
    expect(store.getState().progress['seat-1']?.quick).toEqual({ missed: ['respect'], total: 2 });
  });

  it("keeps each seat's progress apart; removing a seat removes only its progress", () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    store.getState().saveStory('right-to-play', { step: 3 });
    const fox = store.getState().addSeat('fox', 'orange');
    expect(fox).toBe('seat-2');
    expect(store.getState().seats.active).toBe('seat-2');
    expect(store.getState().progress['seat-2']?.stories).toEqual({});
    store.getState().saveStory('right-to-play', { step: 1 });
    store.getState().switchSeat('seat-1');
    expect(store.getState().progress['seat-1']?.stories['right-to-play']?.step).toBe(3);
    store.getState().removeSeat('seat-2');
    expect(store.getState().seats.list.map((s) => s.id)).toEqual(['seat-1']);
    expect(store.getState().progress['seat-2']).toBeUndefined();
    store.getState().removeSeat('seat-1'); // the last seat stays
    expect(store.getState().seats.list).toHaveLength(1);
    expect(store.getState().addSeat('cat', 'blue')).toBe('seat-2');
  });

  it("in classroom mode, nothing writes to any seat's progress", () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    store.getState().updateSettings({ classroom: true });
    store.getState().saveStory('right-to-play', { step: 4, done: true });
    store.getState().completeExercise('sort-it', { firstTry: true });
    store.getState().finishRule('respect', 1, true);
    store.getState().finishQuickRound({ respect: true });
    expect(store.getState().progress).toEqual({});
    store.getState().updateSettings({ classroom: false });
    store.getState().saveStory('right-to-play', { step: 1 });
    expect(store.getState().progress['seat-1']?.stories['right-to-play']?.step).toBe(1);
  });

  it("keeps an exercise's slips from its first completion, and none once it is right the first time", () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    const exercise = () => store.getState().progress['seat-1']?.exercises['rights-or-wants'];
    store.getState().completeExercise('rights-or-wants', { firstTry: false, slips: ['privacy'] });
    expect(exercise()).toEqual({ done: true, firstTry: false, slips: ['privacy'] });
    // Played again, not right the first time either: the first completion's slips stay.
    store.getState().completeExercise('rights-or-wants', { firstTry: false, slips: ['new-phone'] });
    expect(exercise()?.slips).toEqual(['privacy']);
    // Right the first time on a replay: "right first time" and no slips, so the two never disagree.
    store.getState().completeExercise('rights-or-wants', { firstTry: true, slips: [] });
    expect(exercise()).toEqual({ done: true, firstTry: true, slips: [] });
  });

  it('holds at most 30 seats', () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    const pairs = ANIMALS.flatMap((a) => COLOURS.map((c) => [a, c] as const)).filter(
      ([a, c]) => !(a === 'owl' && c === 'teal'), // the first seat's picture
    );
    for (const [a, c] of pairs.slice(0, 29)) expect(store.getState().addSeat(a, c)).not.toBeNull();
    const [a, c] = pairs[29] ?? ['frog', 'green'];
    expect(store.getState().addSeat(a, c)).toBeNull();
    expect(store.getState().seats.list).toHaveLength(30);
  });

  it('never gives two seats the same picture: a child who cannot read finds theirs by it', () => {
    const { storage } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    expect(store.getState().addSeat('fox', 'orange')).toBe('seat-2');
    expect(store.getState().addSeat('fox', 'orange')).toBeNull();
    expect(store.getState().addSeat('owl', 'teal')).toBeNull(); // the first seat's
    expect(store.getState().seats.list).toHaveLength(2);
  });

  it('erases everything', () => {
    const { storage, data } = fakeStorage({ [STATE_KEY]: v1 });
    const store = createAppStore(createSafeStorage(() => storage));
    store.getState().eraseAll();
    expect(store.getState().progress).toEqual({});
    expect(JSON.parse(data.get(STATE_KEY) ?? '{}').state.progress).toEqual({});
    expect(store.getState().settings.locale).toBeNull();
  });

  it('keeps the class view apart: opening files writes nothing to storage and changes no seat; erase forgets it', () => {
    const { storage, data } = fakeStorage({ [STATE_KEY]: v5 });
    const store = createAppStore(createSafeStorage(() => storage));
    const before = {
      stored: new Map(data),
      seats: store.getState().seats,
      progress: store.getState().progress,
    };
    const file = readFileSync(join(__dirname, '../fixtures/transfer/v2-export.json'), 'utf8');
    const { view, report } = addClassFiles(
      store.getState().classView,
      [{ name: 'a.json', size: file.length, text: file }],
      CONTENT_IDS,
    );
    expect(report.added).toEqual(['a.json']);
    store.getState().setClassView(view);
    expect(store.getState().classView.seats).toHaveLength(2);
    expect(data).toEqual(before.stored);
    expect(store.getState().seats).toBe(before.seats);
    expect(store.getState().progress).toBe(before.progress);
    // A later write (a finished story) persists this device's state only: the class view never reaches storage.
    store.getState().switchSeat(store.getState().seats.list[0]!.id);
    store.getState().saveStory('privacy', { step: 1 });
    expect([...data.keys()]).toEqual([...before.stored.keys()]);
    expect(data.get(STATE_KEY)).toContain('"privacy"');
    expect(data.get(STATE_KEY)).not.toContain('classView');
    store.getState().eraseAll();
    expect(store.getState().classView.seats).toEqual([]);
  });

  it('follows another tab: rehydrating picks up its write without writing back', async () => {
    const { storage, data } = fakeStorage();
    const store = createAppStore(createSafeStorage(() => storage));
    const setItem = vi.spyOn(storage, 'setItem');
    data.set(STATE_KEY, v5); // what the other tab wrote
    await store.persist.rehydrate();
    expect(store.getState().settings.locale).toBe('ar');
    expect(store.getState().seats.list).toHaveLength(2);
    expect(setItem).not.toHaveBeenCalled();
  });
});
