// @vitest-environment node
/**
 * What an import may bring in. Seat ids are unique (two seats sharing an id would be removed together, and the
 * next load would find the state unreadable), so a file with duplicates is refused with its own message. Only
 * progress for the file's own seats and for ids the content defines is kept (a slug-shaped "id" can be a
 * child's name and address); the rest is counted as left out. Files and records have a size limit.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { readStored, STORE_VERSION } from '../../src/store/migrations.ts';
import {
  ANIMALS,
  COLOURS,
  MAX_ENTRIES,
  type Persisted,
  type Seat,
  type SeatProgress,
} from '../../src/store/schema.ts';
import { exportText, MAX_EXPORT_BYTES, parseExport } from '../../src/store/transfer.ts';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');

function richState(): Persisted {
  const stored = readStored(fixture('store/v2.json'));
  if (!stored.ok) throw new Error('the v2 fixture must load');
  return stored.state;
}

const envelope = (state: unknown, version: number = STORE_VERSION) =>
  JSON.stringify({ app: 'sango', kind: 'progress-export', version, exported: '2025-06-02T14:05:00Z', state });

describe('seat ids in a file', () => {
  it('two seats sharing an id: refused as "duplicate-seats", and stored data like that is not read', () => {
    const good = richState();
    const twins: Seat[] = [
      { id: 'seat-1', animal: 'owl', colour: 'teal' },
      { id: 'seat-1', animal: 'fox', colour: 'orange' },
    ];
    const state = { ...good, seats: { list: twins, active: 'seat-1' } };
    expect(parseExport(envelope(state), CONTENT_IDS)).toEqual({ ok: false, reason: 'duplicate-seats' });
    expect(parseExport(envelope(state, 1), CONTENT_IDS)).toEqual({ ok: false, reason: 'duplicate-seats' });
    expect(readStored(JSON.stringify({ version: STORE_VERSION, state }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('any list with a repeated id is refused; any list without one is read', () => {
    const ids = fc.array(fc.constantFrom('seat-1', 'seat-2', 'seat-3', 'seat-4'), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(ids, (list) => {
        const seats = list.map((id) => ({ id, animal: 'owl', colour: 'teal' }) as Seat);
        const state = { ...richState(), seats: { list: seats, active: list[0] }, progress: {} };
        const repeated = new Set(list).size < list.length;
        const result = parseExport(envelope(state), CONTENT_IDS);
        if (repeated) expect(result).toEqual({ ok: false, reason: 'duplicate-seats' });
        else expect(result.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

const FOREIGN = 'jane-doe-12-elm-street-age-9';
const EMPTY: SeatProgress = { stories: {}, exercises: {}, rules: {}, quick: null, level1: null };

function imported(state: Persisted) {
  const result = parseExport(envelope(state), CONTENT_IDS);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('what an import keeps', () => {
  it('progress for a seat the file does not list is left out, and counted', () => {
    const good = richState();
    const ghosts = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [
        `seat-${i + 10}`,
        { ...EMPTY, exercises: { 'my-top-3': { done: true, firstTry: true } } },
      ]),
    );
    const { state, report } = imported({ ...good, progress: { ...good.progress, ...ghosts } });
    expect(Object.keys(state.progress).sort()).toEqual(['seat-1', 'seat-2']);
    expect(state.progress).toEqual(good.progress);
    expect(report).toEqual({ seats: 2, kept: 5 + 8, leftOut: 50 }); // 8: seat-2's Level 1 marks
  });

  it('an id the content does not define is left out wherever it is: no free text comes in', () => {
    const good = richState();
    const seat1 = good.progress['seat-1'] ?? EMPTY;
    const state: Persisted = {
      ...good,
      progress: {
        ...good.progress,
        'seat-1': {
          stories: {
            ...seat1.stories,
            'right-to-play': { step: 2, choice: FOREIGN, done: false },
            [FOREIGN]: { step: 1, choice: null, done: true },
          },
          exercises: { ...seat1.exercises, [FOREIGN]: { done: true, firstTry: true } },
          rules: { [FOREIGN]: { best: 1, badge: true }, respect: { best: 0.5, badge: false } },
          quick: { missed: [FOREIGN, 'respect'], total: 8 },
          level1: {
            rounds: 2,
            marks: { [FOREIGN]: { first: false, latest: true }, respect: { first: false, latest: true } },
          },
        },
      },
    };
    const result = imported(state);
    expect(JSON.stringify(result.state)).not.toContain('jane');
    expect(result.state.progress['seat-1']).toEqual({
      stories: { 'right-to-play': { step: 2, choice: null, done: false } },
      exercises: { 'rights-or-wants': { done: true, firstTry: false } },
      rules: { respect: { best: 0.5, badge: false } },
      quick: { missed: ['respect'], total: 8 },
      level1: { rounds: 2, marks: { respect: { first: false, latest: true } } },
    });
    // left out: the option, the story, the exercise, the rule, the suggested rule and the Level 1 mark
    expect(result.report).toEqual({ seats: 2, kept: 4 + 4 + 8, leftOut: 6 }); // 8: seat-2's Level 1 marks
    // What was kept is exactly what a second import keeps.
    expect(parseExport(exportText(result.state), CONTENT_IDS)).toMatchObject({
      state: result.state,
      report: { leftOut: 0 },
    });
  });

  it('for any file: only known ids of listed seats are kept, and something is reported left out exactly when something was', () => {
    const stories = CONTENT_IDS.stories.map((s) => s.id);
    const options = CONTENT_IDS.stories.flatMap((s) => s.options);
    const slug = fc.stringMatching(/^[a-z]{1,8}(?:-[a-z0-9]{1,6}){0,2}$/);
    const id = (real: string[]) => fc.oneof(fc.constantFrom(...real), slug);
    const record = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>) =>
      fc.dictionary(key, value, { maxKeys: 5 }).map((r) => Object.fromEntries(Object.entries(r)));
    const seatProgress = fc.record({
      stories: record(
        id(stories),
        fc.record({ step: fc.nat({ max: 9 }), choice: fc.option(id(options)), done: fc.boolean() }),
      ),
      exercises: record(id(CONTENT_IDS.exercises), fc.record({ done: fc.boolean(), firstTry: fc.boolean() })),
      rules: record(
        id(CONTENT_IDS.rules),
        fc.record({ best: fc.constantFrom(0, 0.5, 1), badge: fc.boolean() }),
      ),
      quick: fc.option(
        fc.record({ missed: fc.array(id(CONTENT_IDS.rules), { maxLength: 4 }), total: fc.nat({ max: 20 }) }),
      ),
      level1: fc.option(
        fc.record({
          rounds: fc.integer({ min: 1, max: 999 }),
          marks: record(id(CONTENT_IDS.rules), fc.record({ first: fc.boolean(), latest: fc.boolean() })),
        }),
      ),
    });
    const progress = record(fc.constantFrom('seat-1', 'seat-2', 'seat-3'), seatProgress);
    fc.assert(
      fc.property(progress, (p) => {
        const input: Persisted = { ...richState(), progress: p as Persisted['progress'] }; // seats seat-1, seat-2
        const parsed = parseExport(envelope(input), CONTENT_IDS);
        if (!parsed.ok) throw new Error(parsed.reason);
        const { state, report } = parsed;
        for (const [seat, mine] of Object.entries(state.progress)) {
          expect(['seat-1', 'seat-2']).toContain(seat);
          for (const [story, entry] of Object.entries(mine.stories)) {
            const known = CONTENT_IDS.stories.find((s) => s.id === story);
            expect(known).toBeDefined();
            if (entry.choice !== null) expect(known?.options).toContain(entry.choice);
          }
          for (const e of Object.keys(mine.exercises)) expect(CONTENT_IDS.exercises).toContain(e);
          const marked = Object.keys(mine.level1?.marks ?? {});
          for (const r of [...Object.keys(mine.rules), ...(mine.quick?.missed ?? []), ...marked])
            expect(CONTENT_IDS.rules).toContain(r);
        }
        expect(report.leftOut === 0, JSON.stringify(report)).toBe(
          JSON.stringify(state.progress) === JSON.stringify(input.progress),
        );
        // What was kept is kept again, whole, by a second import.
        expect(parseExport(exportText(state), CONTENT_IDS)).toMatchObject({ state, report: { leftOut: 0 } });
      }),
      { numRuns: 300 },
    );
  });
});

describe('size limits', () => {
  it('a device full of seats that did everything exports far under the file limit, and reads back whole', () => {
    const list: Seat[] = Array.from({ length: 30 }, (_, i) => ({
      id: `seat-${i + 1}`,
      animal: ANIMALS[i % ANIMALS.length] ?? 'owl',
      colour: COLOURS[i % COLOURS.length] ?? 'teal',
    }));
    const everything: SeatProgress = {
      stories: Object.fromEntries(
        CONTENT_IDS.stories.map((s) => [s.id, { step: 12, choice: s.options[0] ?? null, done: true }]),
      ),
      // The worst case for slips: every item of every exercise got wrong before it was right.
      exercises: Object.fromEntries(
        CONTENT_IDS.exerciseItems.map(({ id, items }) => [id, { done: true, firstTry: false, slips: items }]),
      ),
      rules: Object.fromEntries(CONTENT_IDS.rules.map((id) => [id, { best: 0.875, badge: true }])),
      quick: { missed: CONTENT_IDS.rules.slice(0, 4), total: 8 },
      level1: {
        rounds: 999,
        marks: Object.fromEntries(CONTENT_IDS.rules.map((id, i) => [id, { first: i < 4, latest: true }])),
      },
    };
    const full: Persisted = {
      ...richState(),
      seats: { list, active: 'seat-1' },
      progress: Object.fromEntries(list.map((s) => [s.id, everything])),
    };
    const text = exportText(full);
    // About 290 KB even when every item of every exercise is a slip: well under the file limit.
    expect(text.length).toBeLessThan(MAX_EXPORT_BYTES / 3);
    expect(parseExport(text, CONTENT_IDS)).toMatchObject({ ok: true, state: full, report: { leftOut: 0 } });
  });

  it('a file over the limit is refused unread; a record with too many entries is refused as damaged', () => {
    const good = richState();
    const huge = Object.fromEntries(Array.from({ length: 24_000 }, (_, i) => [`s-${i}`, EMPTY]));
    const big = envelope({ ...good, progress: { ...good.progress, ...huge } });
    expect(big.length).toBeGreaterThan(MAX_EXPORT_BYTES);
    expect(parseExport(big, CONTENT_IDS)).toEqual({ ok: false, reason: 'not-sango' });

    const many = Object.fromEntries(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => [`s-${i}`, EMPTY]));
    const crowded = envelope({ ...good, progress: { ...good.progress, ...many } });
    expect(crowded.length).toBeLessThan(MAX_EXPORT_BYTES);
    expect(parseExport(crowded, CONTENT_IDS)).toEqual({ ok: false, reason: 'damaged' });
    expect(readStored(JSON.stringify({ version: STORE_VERSION, state: JSON.parse(crowded).state })).ok).toBe(
      false,
    );
  });
});
