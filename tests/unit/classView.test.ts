/**
 * Combining export files into the class view: every file is read as an import is, a bad file is named and
 * skipped without changing anything else, files of different app versions combine, the same file opened twice
 * counts its seats once, and the figures count what the files hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { defaultPersisted } from '../../src/store/defaults.ts';
import { readStored, STORE_VERSION } from '../../src/store/migrations.ts';
import {
  classFigures,
  exerciseMark,
  MAX_SLIP_FIGURES,
  ruleMark,
  storyMark,
} from '../../src/store/classFigures.ts';
import {
  addClassFiles,
  EMPTY_CLASS_VIEW,
  levelOneRounds,
  type ChosenFile,
} from '../../src/store/classView.ts';
import type { Persisted, SeatProgress } from '../../src/store/schema.ts';
import { MAX_EXPORT_BYTES, exportText } from '../../src/store/transfer.ts';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
const file = (name: string, text: string | null): ChosenFile => ({
  name,
  size: text?.length ?? 0,
  text,
});

/** A fresh device (one teal owl, "seat-1") where that seat did these exercises. */
function device(exercises: SeatProgress['exercises'], when: string): string {
  const state: Persisted = defaultPersisted();
  state.progress = { 'seat-1': { stories: {}, exercises, rules: {}, quick: null, level1: null } };
  return exportText(state, new Date(when));
}

const ITEMS = {
  stories: CONTENT_IDS.stories.map((s) => s.id),
  exercises: CONTENT_IDS.exercises,
  rules: CONTENT_IDS.rules,
};

describe('addClassFiles', () => {
  it('keeps seats from different devices apart, though every fresh device calls its seat "seat-1"', () => {
    const a = device({ 'my-top-3': { done: true, firstTry: true } }, '2025-05-01T10:00:00Z');
    const b = device({ 'my-top-3': { done: true, firstTry: false } }, '2025-05-01T10:00:01Z');
    const { view, report } = addClassFiles(
      EMPTY_CLASS_VIEW,
      [file('a.json', a), file('b.json', b)],
      CONTENT_IDS,
    );
    expect(report).toEqual({ added: ['a.json', 'b.json'], repeated: [], skipped: [] });
    expect(view.seats).toHaveLength(2);
    expect(new Set(view.seats.map((s) => s.key)).size).toBe(2);
    expect(view.files.map((f) => [f.name, f.seats])).toEqual([
      ['a.json', 1],
      ['b.json', 1],
    ]);
  });

  it('counts the same seat once when the same file is opened twice, in one go or later, under any name', () => {
    const a = device({ 'my-top-3': { done: true, firstTry: true } }, '2025-05-01T10:00:00Z');
    const first = addClassFiles(EMPTY_CLASS_VIEW, [file('a.json', a), file('a (1).json', a)], CONTENT_IDS);
    expect(first.report).toEqual({ added: ['a.json'], repeated: ['a (1).json'], skipped: [] });
    expect(first.view.seats).toHaveLength(1);
    const again = addClassFiles(first.view, [file('copy.json', a)], CONTENT_IDS);
    expect(again.report.repeated).toEqual(['copy.json']);
    expect(again.view.seats).toHaveLength(1);
    expect(
      classFigures(
        again.view.seats.map((s) => s.progress),
        ITEMS,
      ).children,
    ).toBe(1);
  });

  it('combines files from different app versions (v1, v2 and today’s)', () => {
    const today = device({ 'rights-or-wants': { done: true, firstTry: true } }, '2025-06-03T08:00:00Z');
    const { view, report } = addClassFiles(
      EMPTY_CLASS_VIEW,
      [
        file('v1.json', fixture('transfer/v1-export.json')),
        file('v2.json', fixture('transfer/v2-export.json')),
        file('v3.json', today),
      ],
      CONTENT_IDS,
    );
    expect(report.skipped).toEqual([]);
    expect(view.seats.map((s) => `${s.colour} ${s.animal}`)).toEqual([
      'teal owl',
      'teal owl',
      'orange fox',
      'teal owl',
    ]);
    const figures = classFigures(
      view.seats.map((s) => s.progress),
      ITEMS,
    );
    expect(figures.children).toBe(4);
    expect(figures.stories.find((s) => s.id === 'right-to-play')?.finished).toBe(2);
    expect(figures.exercises.find((e) => e.id === 'rights-or-wants')).toEqual({
      id: 'rights-or-wants',
      finished: 2,
      firstTry: 1,
    });
  });

  it('names a bad file among good ones, skips it, and changes nothing else', () => {
    const good = device({ 'my-top-3': { done: true, firstTry: true } }, '2025-05-01T10:00:00Z');
    const before = addClassFiles(EMPTY_CLASS_VIEW, [file('good.json', good)], CONTENT_IDS).view;
    const frozen = JSON.stringify(before);
    const newer = JSON.stringify({
      app: 'sango',
      kind: 'progress-export',
      version: STORE_VERSION + 1,
      state: {},
    });
    const stored = readStored(fixture('store/v2.json'));
    if (!stored.ok) throw new Error('fixture');
    const twins = JSON.parse(exportText(stored.state)) as { state: Persisted };
    twins.state.seats.list[1] = { ...twins.state.seats.list[1]!, id: 'seat-1' };
    const other = device({ 'rights-or-wants': { done: true, firstTry: false } }, '2025-05-02T10:00:00Z');
    const { view, report } = addClassFiles(
      before,
      [
        file('photo.jpg', '\u0000\u0001PNG'),
        file('notes.json', '{"name": "my notes"}'),
        file('future.json', newer),
        file('broken.json', good.replace('"owl"', '"dragon"')),
        file('twins.json', JSON.stringify(twins)),
        { name: 'huge.json', size: MAX_EXPORT_BYTES + 1, text: null },
        file('unreadable.json', null),
        file('other.json', other),
      ],
      CONTENT_IDS,
    );
    expect(report.skipped).toEqual([
      { name: 'photo.jpg', problem: 'not-json' },
      { name: 'notes.json', problem: 'not-sango' },
      { name: 'future.json', problem: 'newer-version' },
      { name: 'broken.json', problem: 'damaged' },
      { name: 'twins.json', problem: 'duplicate-seats' },
      { name: 'huge.json', problem: 'too-big' },
      { name: 'unreadable.json', problem: 'not-json' },
    ]);
    expect(report.added).toEqual(['other.json']);
    expect(view.seats).toHaveLength(2);
    expect(JSON.stringify(before)).toBe(frozen); // the view it was given is untouched
  });

  it('holds no more than an import would keep: no settings, no progress for unknown ids', () => {
    const state = defaultPersisted();
    state.progress = {
      'seat-1': {
        stories: {},
        exercises: {
          'my-top-3': { done: true, firstTry: true },
          'ana-lives-at-12-river-road': { done: true, firstTry: true },
        },
        rules: {},
        quick: null,
        level1: null,
      },
    };
    const { view } = addClassFiles(EMPTY_CLASS_VIEW, [file('a.json', exportText(state))], CONTENT_IDS);
    expect(Object.keys(view.seats[0]!).sort()).toEqual(['animal', 'colour', 'key', 'progress']);
    expect(Object.keys(view.seats[0]!.progress.exercises)).toEqual(['my-top-3']);
    expect(JSON.stringify(view)).not.toContain('settings');
  });

  it("keeps only the slips an exercise's own items name: free text posing as an item id is left out", () => {
    const state = defaultPersisted();
    state.progress = {
      'seat-1': {
        stories: {},
        exercises: {
          'rights-or-wants': {
            done: true,
            firstTry: false,
            slips: ['privacy', 'ana-lives-at-12-river-road'],
          },
          // An item of another exercise is not an item of this one.
          'my-top-3': { done: true, firstTry: false, slips: ['new-phone', 'being-safe'] },
        },
        rules: {},
        quick: null,
        level1: null,
      },
    };
    const { view } = addClassFiles(EMPTY_CLASS_VIEW, [file('a.json', exportText(state))], CONTENT_IDS);
    const exercises = view.seats[0]!.progress.exercises;
    expect(exercises['rights-or-wants']?.slips).toEqual(['privacy']);
    expect(exercises['my-top-3']?.slips).toEqual(['being-safe']);
    expect(JSON.stringify(view)).not.toContain('river-road');
  });
});

describe('classFigures', () => {
  const seat = (p: Partial<SeatProgress>): SeatProgress => ({
    stories: {},
    exercises: {},
    rules: {},
    quick: null,
    level1: null,
    ...p,
  });

  it('counts finished and right first time, the most often wrong first', () => {
    const done = (firstTry: boolean) => ({ done: true, firstTry });
    const seats = [
      seat({ exercises: { 'my-top-3': done(true), 'rights-or-wants': done(false) } }),
      seat({ exercises: { 'my-top-3': done(true), 'rights-or-wants': done(false) } }),
      seat({ exercises: { 'rights-or-wants': done(true) } }),
    ];
    const figures = classFigures(seats, ITEMS);
    expect(figures.exercises[0]).toEqual({ id: 'rights-or-wants', finished: 3, firstTry: 1 });
    expect(figures.exercises.find((e) => e.id === 'my-top-3')).toEqual({
      id: 'my-top-3',
      finished: 2,
      firstTry: 2,
    });
    // Nobody got the rest wrong: they keep the content's order after the hard one.
    const rest = figures.exercises
      .slice(1)
      .filter((e) => e.finished === e.firstTry)
      .map((e) => e.id);
    expect(rest).toEqual(ITEMS.exercises.filter((id) => id !== 'rights-or-wants'));
  });

  it('rules: badges, every answer right, and the Level 1 round; no before and after without first marks', () => {
    const seats = [
      seat({ rules: { respect: { best: 0.5, badge: false } }, quick: { missed: ['respect'], total: 8 } }),
      seat({ rules: { respect: { best: 1, badge: true } }, quick: { missed: [], total: 8 } }),
      seat({}),
    ];
    const respect = classFigures(seats, ITEMS).rules.find((r) => r.id === 'respect');
    expect(respect).toEqual({
      id: 'respect',
      tried: 2,
      badge: 1,
      allRight: 1,
      levelOne: { took: 2, knew: 1 },
      beforeAfter: null,
    });
    expect(classFigures(seats, ITEMS).rules[0]?.id).toBe('respect');
  });

  it('puts a rule the class missed in Level 1 before rules it knew, even before anyone played it', () => {
    const seats = [
      seat({ quick: { missed: ['screen-time'], total: 8 } }),
      seat({ quick: { missed: ['screen-time'], total: 8 } }),
    ];
    const figures = classFigures(seats, ITEMS);
    expect(figures.rules[0]?.id).toBe('screen-time');
    expect(figures.rules[0]?.levelOne).toEqual({ took: 2, knew: 0 });
  });

  it('shows the class before and after per rule from the seats that took Level 1 again', () => {
    const marks = (respect: [boolean, boolean], screenTime: [boolean, boolean]) => ({
      respect: { first: respect[0], latest: respect[1] },
      'screen-time': { first: screenTime[0], latest: screenTime[1] },
    });
    const seats = [
      seat({ level1: { rounds: 2, marks: marks([false, true], [false, true]) } }),
      seat({ level1: { rounds: 3, marks: marks([false, false], [true, true]) } }),
      // One round only: no "after" yet, so this seat is not in the before and after.
      seat({ level1: { rounds: 1, marks: marks([true, true], [true, true]) } }),
      seat({}),
    ];
    const rules = classFigures(seats, ITEMS).rules;
    expect(rules.find((r) => r.id === 'respect')?.beforeAfter).toEqual({ took: 2, before: 0, after: 1 });
    expect(rules.find((r) => r.id === 'screen-time')?.beforeAfter).toEqual({ took: 2, before: 1, after: 2 });
    // A rule no retaking seat has a mark for counts nobody, rather than counting them as wrong.
    expect(rules.find((r) => r.id === 'meeting-up')?.beforeAfter).toEqual({ took: 0, before: 0, after: 0 });
    expect(levelOneRounds(seat({ quick: { missed: [], total: 8 } }))).toBeNull();
    expect(classFigures([seat({})], ITEMS).rules.every((r) => r.beforeAfter === null)).toBe(true);
  });

  it("reads before and after from an exported file of today's version, beside files that have none", () => {
    const stored = readStored(fixture('store/v4.json'));
    if (!stored.ok) throw new Error('fixture');
    const today = exportText(stored.state, new Date('2026-11-30T09:00:00Z'));
    const { view, report } = addClassFiles(
      EMPTY_CLASS_VIEW,
      [file('v2.json', fixture('transfer/v2-export.json')), file('v4.json', today)],
      CONTENT_IDS,
    );
    expect(report.skipped).toEqual([]);
    const rules = classFigures(
      view.seats.map((s) => s.progress),
      ITEMS,
    ).rules;
    // The fixture's fox got respect wrong the first time and right the latest; harmful content the other way.
    expect(rules.find((r) => r.id === 'respect')?.beforeAfter).toEqual({ took: 1, before: 0, after: 1 });
    expect(rules.find((r) => r.id === 'harmful-content')?.beforeAfter).toEqual({
      took: 1,
      before: 1,
      after: 0,
    });
  });

  it('lists the items most often got wrong first, out of the children who finished the activity', () => {
    const done = (slips?: string[]) => ({
      done: true,
      firstTry: !slips?.length,
      ...(slips ? { slips } : {}),
    });
    const seats = [
      seat({
        exercises: { 'rights-or-wants': done(['privacy', 'new-phone']), trust: done(['lots-of-shares']) },
      }),
      seat({ exercises: { 'rights-or-wants': done(['privacy']) } }),
      seat({ exercises: { 'rights-or-wants': done([]) } }),
      // Finished before slips were kept: counted as finished, with no slips.
      seat({ exercises: { 'rights-or-wants': done() } }),
      // Not finished: neither counted nor its slips.
      seat({ exercises: { trust: { done: false, firstTry: false, slips: ['lots-of-shares'] } } }),
    ];
    expect(classFigures(seats, ITEMS).slips).toEqual([
      { exercise: 'rights-or-wants', item: 'privacy', slipped: 2, finished: 4 },
      { exercise: 'rights-or-wants', item: 'new-phone', slipped: 1, finished: 4 },
      { exercise: 'trust', item: 'lots-of-shares', slipped: 1, finished: 1 },
    ]);
    expect(classFigures([seat({})], ITEMS).slips).toEqual([]);
    // At most MAX_SLIP_FIGURES rows: the class's top items, not every item.
    const many = seat({
      exercises: {
        'rights-or-wants': done(CONTENT_IDS.exerciseItems.find((e) => e.id === 'rights-or-wants')!.items),
      },
    });
    expect(classFigures([many], ITEMS).slips).toHaveLength(MAX_SLIP_FIGURES);
  });

  it('marks for one child', () => {
    const p = seat({
      stories: { 'right-to-play': { step: 2, choice: null, done: false } },
      exercises: { 'my-top-3': { done: true, firstTry: false } },
      rules: { respect: { best: 1, badge: true } },
    });
    expect(storyMark(p, 'right-to-play')).toBe('started');
    expect(storyMark(p, 'privacy')).toBe('none');
    expect(exerciseMark(p, 'my-top-3')).toBe('done');
    expect(ruleMark(p, 'respect')).toBe('best');
    expect(ruleMark(p, 'constructor')).toBe('none');
  });
});
