/**
 * The class view: seats read from other devices' export files, kept apart from this device's own seats and
 * never merged into them. Each file is read exactly as "Import progress" reads it (`parseExport`: size,
 * envelope, migrations, schema, known ids), so the class view can hold nothing an export file could not;
 * and it keeps less: a seat's picture and its progress, never the file's settings. Pure functions, no DOM.
 */
import type { ContentIds } from '../content/contentIds.ts';
import { emptySeatProgress } from './defaults.ts';
import { own } from './own.ts';
import type { Level1, Seat, SeatProgress } from './schema.ts';
import { MAX_EXPORT_BYTES, parseExport, type ImportProblem } from './transfer.ts';

/** A file the teacher chose: its name (to say which one was skipped) and its text, or why it was unreadable. */
export interface ChosenFile {
  name: string;
  /** The file's size in bytes: a file too big to be an export is not read at all. */
  size: number;
  /** null when the browser could not read it. */
  text: string | null;
}

/** One child, as one device's file holds them: a picture and progress, never a name. */
export interface ClassSeat {
  /** The file's identity and the seat's id: seat ids repeat across devices ("seat-1"), files do not. */
  key: string;
  animal: Seat['animal'];
  colour: Seat['colour'];
  progress: SeatProgress;
}

export interface ClassFile {
  /** What the file holds, so the same file chosen twice is recognised whatever it is called. */
  key: string;
  name: string;
  seats: number;
}

export interface ClassView {
  files: ClassFile[];
  seats: ClassSeat[];
}

export type ClassFileProblem = ImportProblem | 'too-big';

export interface ClassAddReport {
  /** Files read into the view, by name. */
  added: string[];
  /** Files already in the view (the same content, under any name): their seats are counted once. */
  repeated: string[];
  /** Files skipped, by name, and why; the view is unchanged by them. */
  skipped: { name: string; problem: ClassFileProblem }[];
}

export { EMPTY_CLASS_VIEW } from './classViewSlice.ts';

/**
 * A file's identity: when it was made and what it holds. Two devices can share every seat id and picture (a
 * fresh device always has "seat-1", the teal owl), but not the moment they exported and all their progress too.
 */
function fileKey(exported: unknown, seats: readonly Seat[], progress: Record<string, SeatProgress>): string {
  return JSON.stringify([typeof exported === 'string' ? exported : null, seats, progress]);
}

function exportedOf(text: string): unknown {
  try {
    const envelope: unknown = JSON.parse(text);
    return typeof envelope === 'object' && envelope !== null
      ? (envelope as { exported?: unknown }).exported
      : null;
  } catch {
    return null;
  }
}

/** Adds files to the view. A bad file is named and skipped; nothing else changes because of it. */
export function addClassFiles(
  view: ClassView,
  files: readonly ChosenFile[],
  known: ContentIds,
): { view: ClassView; report: ClassAddReport } {
  const report: ClassAddReport = { added: [], repeated: [], skipped: [] };
  const fileList = [...view.files];
  const seats = [...view.seats];
  const keys = new Set(fileList.map((f) => f.key));
  for (const file of files) {
    if (file.size > MAX_EXPORT_BYTES) {
      report.skipped.push({ name: file.name, problem: 'too-big' });
      continue;
    }
    if (file.text === null) {
      report.skipped.push({ name: file.name, problem: 'not-json' });
      continue;
    }
    const parsed = parseExport(file.text, known);
    if (!parsed.ok) {
      report.skipped.push({ name: file.name, problem: parsed.reason });
      continue;
    }
    const { list } = parsed.state.seats;
    const key = fileKey(exportedOf(file.text), list, parsed.state.progress);
    if (keys.has(key)) {
      report.repeated.push(file.name);
      continue;
    }
    keys.add(key);
    fileList.push({ key, name: file.name, seats: list.length });
    for (const seat of list) {
      seats.push({
        key: JSON.stringify([key, seat.id]),
        animal: seat.animal,
        colour: seat.colour,
        progress: own(parsed.state.progress, seat.id) ?? emptySeatProgress(),
      });
    }
    report.added.push(file.name);
  }
  return { view: { files: fileList, seats }, report };
}

/**
 * A seat's Level 1 before and after, rule by rule: the first mark and the latest, from `level1` (store v4).
 * Only a seat that took Level 1 at least twice has an "after" to compare; any other seat gives null. The marks
 * were validated with the whole file (`parseExport`), so only known rule ids are here.
 */
export function levelOneRounds(p: SeatProgress): Level1 | null {
  return p.level1 !== null && p.level1.rounds >= 2 ? p.level1 : null;
}
