/**
 * Export files: what is exported reads back as the same state, and every kind of wrong file is refused
 * with its own reason (a calm message in the app), never half-read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { defaultPersisted } from '../../src/store/defaults.ts';
import { readStored, STORE_VERSION } from '../../src/store/migrations.ts';
import type { Persisted } from '../../src/store/schema.ts';
import {
  buildExport,
  exportFileName,
  exportText,
  MAX_EXPORT_BYTES,
  parseExport,
} from '../../src/store/transfer.ts';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');

/** A device with some of everything: two seats, stories, exercises, rules, a quick round, custom settings. */
function richState(): Persisted {
  const stored = readStored(fixture('store/v2.json'));
  if (!stored.ok) throw new Error('the v2 fixture must load');
  return stored.state;
}

/** A hand-made export file around any state. */
const envelope = (state: unknown, version: number = STORE_VERSION, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: 'sango',
    kind: 'progress-export',
    version,
    exported: '2025-06-02T14:05:00.000Z',
    state,
    ...extra,
  });

describe('exporting', () => {
  it('labels the file: app, kind, the current version and the date it was made', () => {
    const now = new Date('2025-03-04T10:20:30.000Z');
    const file = JSON.parse(exportText(richState(), now)) as Record<string, unknown>;
    expect(file).toMatchObject({
      app: 'sango',
      kind: 'progress-export',
      version: STORE_VERSION,
      exported: '2025-03-04T10:20:30.000Z',
    });
    expect(Object.keys(file).sort()).toEqual(['app', 'exported', 'kind', 'state', 'version']);
  });

  it('keeps only the persisted fields, even when given the whole store', () => {
    const store = {
      ...richState(),
      notices: ['memory-only'],
      eraseAll: () => undefined,
    } as unknown as Persisted;
    expect(Object.keys(buildExport(store).state).sort()).toEqual(['progress', 'seats', 'settings']);
  });

  it('names the file with the local date', () => {
    expect(exportFileName(new Date(2025, 0, 5, 23, 59))).toBe('sango-progress-2025-01-05.json');
    expect(exportFileName(new Date(2024, 11, 31))).toBe('sango-progress-2024-12-31.json');
  });
});

describe('parseExport', () => {
  it('round trip: an export reads back as exactly the same state', () => {
    const state = richState();
    expect(parseExport(exportText(state), CONTENT_IDS)).toEqual({
      ok: true,
      state,
      report: { seats: 2, kept: 5 + 8, leftOut: 0 }, // 8: Level 1 marks migrated from seat-2's quick round
    });
    const fresh = defaultPersisted();
    expect(parseExport(exportText(fresh), CONTENT_IDS)).toEqual({
      ok: true,
      state: fresh,
      report: { seats: 1, kept: 0, leftOut: 0 },
    });
  });

  it('reads the stored v2 export fixture', () => {
    const result = parseExport(fixture('transfer/v2-export.json'), CONTENT_IDS);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.state.progress['seat-2']?.rules['you-have-rights']).toEqual({ best: 0.83, badge: true });
  });

  it('migrates an old v1 export and keeps its progress', () => {
    const v1 = JSON.parse(fixture('store/v1.json')) as { version: number; state: unknown };
    expect(v1.version).toBe(1);
    for (const text of [envelope(v1.state, 1), fixture('transfer/v1-export.json')]) {
      const result = parseExport(text, CONTENT_IDS);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.state.progress['seat-1']?.stories['right-to-play']).toEqual({
        step: 3,
        choice: 'take-turns',
        done: true,
      });
      expect(result.state.settings).toMatchObject({ locale: 'ar', textSize: 'large', highContrast: true });
      expect(result.state.progress['seat-1']?.exercises).toEqual({});
    }
  });

  it('refuses what is not JSON', () => {
    for (const text of ['', 'hello', '{"app": "sango",', '<html></html>', '\u0000\u0001PK']) {
      expect(parseExport(text, CONTENT_IDS)).toEqual({ ok: false, reason: 'not-json' });
    }
  });

  it('refuses JSON that is not a Sango export', () => {
    const notOurs = [
      'null',
      '42',
      '"sango"',
      '[]',
      '{}',
      JSON.stringify({ name: 'my holiday photos', items: [1, 2, 3] }),
      // the raw localStorage value is not an export file
      fixture('store/v2.json'),
      envelope(richState(), STORE_VERSION, { app: 'other-app' }),
      envelope(richState(), STORE_VERSION, { kind: 'settings-export' }),
    ];
    for (const text of notOurs)
      expect(parseExport(text, CONTENT_IDS)).toEqual({ ok: false, reason: 'not-sango' });
  });

  it('refuses a file from a newer version of Sango', () => {
    expect(parseExport(envelope(richState(), STORE_VERSION + 1), CONTENT_IDS)).toEqual({
      ok: false,
      reason: 'newer-version',
    });
    expect(parseExport(envelope({ anything: true }, 99), CONTENT_IDS)).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('refuses a damaged file: a valid envelope around a state the app could not have saved', () => {
    const good = richState();
    const seat1 = good.progress['seat-1'];
    if (!seat1) throw new Error('fixture has seat-1');
    const damaged: unknown[] = [
      null,
      'state',
      {},
      { ...good, seats: { list: [], active: 'seat-1' } },
      { ...good, seats: { ...good.seats, active: 'seat-9' } }, // the active seat does not exist
      { ...good, settings: { ...good.settings, textSize: 'huge' } },
      {
        ...good,
        progress: {
          'seat-1': { ...seat1, stories: { 'right-to-play': { step: -1, choice: null, done: false } } },
        },
      },
      { ...good, progress: { 'Seat One': seat1 } }, // keys are slugs, never free text
    ];
    for (const state of damaged)
      expect(parseExport(envelope(state), CONTENT_IDS)).toEqual({ ok: false, reason: 'damaged' });
    // A key that could reach an object's prototype: nothing is merged from such a file.
    const polluted = envelope(good).replace('"progress":{', '"progress":{"__proto__":{"polluted":true},');
    expect(polluted).toContain('__proto__');
    expect(parseExport(polluted, CONTENT_IDS)).toEqual({ ok: false, reason: 'damaged' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Versions that never existed.
    for (const version of [0, -1, 1.5, '2', null]) {
      expect(
        parseExport(
          JSON.stringify({ app: 'sango', kind: 'progress-export', version, state: good }),
          CONTENT_IDS,
        ),
      ).toEqual({
        ok: false,
        reason: 'damaged',
      });
    }
  });

  it('refuses an oversized text without parsing it', () => {
    const padding = ' '.repeat(MAX_EXPORT_BYTES);
    const big = envelope(richState()).replace('{', `{${padding}`);
    expect(big.length).toBeGreaterThan(MAX_EXPORT_BYTES);
    expect(JSON.parse(big)).toBeTruthy(); // it is even valid JSON: size alone refuses it
    expect(parseExport(big, CONTENT_IDS)).toEqual({ ok: false, reason: 'not-sango' });
  });
});
