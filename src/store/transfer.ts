/**
 * Moving progress between devices: an export file wraps the persisted state in a small, labelled envelope;
 * an import is read with the same validation and migrations as localStorage (`readStored`), so a file can
 * never put into the store anything the app could not have saved itself. Pure functions, no DOM.
 */
import type { ContentIds } from '../content/contentIds.ts';
import { keepKnown, type ImportReport } from './importFilter.ts';
import { readStored, STORE_VERSION } from './migrations.ts';
import { seatIdsUnique, type Persisted } from './schema.ts';

export const EXPORT_APP = 'sango';
export const EXPORT_KIND = 'progress-export';
/**
 * Far above any real export (a device full of seats that finished everything, Level 1 marks included, is about
 * 140 KB), low enough that reading a wrong file cannot hurt. tests/unit/importLimits.test.ts keeps the margin.
 */
export const MAX_EXPORT_BYTES = 1024 * 1024;

export interface ProgressExport {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  version: number;
  /** When the file was made (ISO 8601). */
  exported: string;
  state: Persisted;
}

export type ImportProblem = 'not-json' | 'not-sango' | 'newer-version' | 'damaged' | 'duplicate-seats';
export type { ImportReport };
export type ParseResult =
  { ok: true; state: Persisted; report: ImportReport } | { ok: false; reason: ImportProblem };

/** Only the persisted fields: whatever else the store holds at run time (notices, actions) stays out. */
export function buildExport(state: Persisted, now: Date = new Date()): ProgressExport {
  return {
    app: EXPORT_APP,
    kind: EXPORT_KIND,
    version: STORE_VERSION,
    exported: now.toISOString(),
    state: { settings: state.settings, seats: state.seats, progress: state.progress },
  };
}

export function exportText(state: Persisted, now: Date = new Date()): string {
  return `${JSON.stringify(buildExport(state, now), null, 2)}\n`;
}

/** `sango-progress-YYYY-MM-DD.json`, in the device's own calendar day. */
export function exportFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `sango-progress-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file whose seats share an id gets its own message: it was edited by hand, not merely damaged. */
function hasDuplicateSeats(state: unknown): boolean {
  if (!isRecord(state) || !isRecord(state.seats) || !Array.isArray(state.seats.list)) return false;
  const list: unknown[] = state.seats.list;
  return list.every(isRecord) && !seatIdsUnique(list as { id: unknown }[]);
}

/**
 * Reads an export file's text. Older versions are migrated; newer ones are refused (this copy of the app
 * cannot know their shape); anything else that does not validate is "damaged". What validates keeps only the
 * progress `known` ids allow (see importFilter.ts), and the report says how much that was. Never throws.
 */
export function parseExport(text: string, known: ContentIds): ParseResult {
  // No real export comes near the limit, so an oversized text is not one of ours; parsing it is not tried.
  if (text.length > MAX_EXPORT_BYTES) return { ok: false, reason: 'not-sango' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(envelope) || envelope.app !== EXPORT_APP || envelope.kind !== EXPORT_KIND) {
    return { ok: false, reason: 'not-sango' };
  }
  if (hasDuplicateSeats(envelope.state)) return { ok: false, reason: 'duplicate-seats' };
  // The envelope carries `version` and `state` exactly as localStorage does, so the stored-data reader
  // (prototype-key guard, migrations, schema, seat check) does all the rest.
  const result = readStored(text);
  if (result.ok) return { ok: true, ...keepKnown(result.state, known) };
  switch (result.reason) {
    case 'newer-version':
      return { ok: false, reason: 'newer-version' };
    case 'unreadable':
      return { ok: false, reason: 'not-json' };
    case 'invalid':
    case 'unknown-version':
      return { ok: false, reason: 'damaged' };
  }
}
