/**
 * Stored data -> the current shape. Each released version gets a numbered step that turns version N-1 into
 * N; every old shape is kept as a fixture in tests/fixtures/store so a migration can never silently drop
 * progress. Reading never throws: anything it cannot understand is reported, and the caller keeps a backup.
 */
import { RULE_IDS } from '../content/knownRuleIds.ts';
import { level1FromQuick } from './level1.ts';
import {
  currentSchema,
  persistedV1,
  persistedV2,
  persistedV3,
  persistedV4,
  type Persisted,
} from './schema.ts';

export const STORE_VERSION = 5;

/** migrations[N] turns the state of version N-1 into version N. Version 1 is the first release. */
export const migrations: Record<number, (state: unknown) => unknown> = {
  // v2 adds the workbook's exercises, Net Rules' rules and quick round, and the (off) question timer;
  // stories and settings are kept as they are.
  2: (state) => {
    const v1 = persistedV1.parse(state);
    const progress = Object.fromEntries(
      Object.entries(v1.progress).map(([seat, p]) => [seat, { ...p, exercises: {}, rules: {}, quick: null }]),
    );
    return {
      ...v1,
      settings: { ...v1.settings, timer: null, mode: 'home', idleMinutes: 10, classroom: false },
      progress,
    };
  },
  // v3 lets the active seat be null (after the idle hand-over); a v2 state is already a valid v3 state.
  3: (state) => persistedV2.parse(state),
  // v4 keeps Level 1 marks per rule, first and latest: the quick round a seat already has becomes both its
  // first and its latest (see level1FromQuick); `quick` itself stays as it was.
  4: (state) => {
    const v3 = persistedV3.parse(state);
    const progress = Object.fromEntries(
      Object.entries(v3.progress).map(([seat, p]) => [
        seat,
        { ...p, level1: level1FromQuick(p.quick, RULE_IDS) },
      ]),
    );
    return { ...v3, progress };
  },
  // v5 lets an exercise keep the items a child slipped on (optional): a v4 state is already a valid v5 state.
  5: (state) => persistedV4.parse(state),
};

export type ReadResult =
  | { ok: true; state: Persisted; migrated: boolean }
  | { ok: false; reason: 'unreadable' | 'invalid' | 'newer-version' | 'unknown-version' };

export function readStored(raw: string): ReadResult {
  let envelope: unknown;
  let pollution = false;
  try {
    // Keys that could reach an object's prototype mark the data as not ours; nothing is merged from it.
    envelope = JSON.parse(raw, (key, value: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') pollution = true;
      return value;
    });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (pollution) return { ok: false, reason: 'invalid' };
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    return { ok: false, reason: 'invalid' };
  }
  const { version, state } = envelope as { version?: unknown; state?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unknown-version' };
  }
  if (version > STORE_VERSION) return { ok: false, reason: 'newer-version' };
  let current = state;
  for (let v = version + 1; v <= STORE_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: 'unknown-version' };
    try {
      current = step(current);
    } catch {
      return { ok: false, reason: 'invalid' };
    }
  }
  const parsed = currentSchema.safeParse(current);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { list, active } = parsed.data.seats;
  if (active !== null && !list.some((s) => s.id === active)) return { ok: false, reason: 'invalid' };
  return { ok: true, state: parsed.data, migrated: version !== STORE_VERSION };
}
