/**
 * Ids come from data (a seat id from an imported file, a story id from the URL) and are used as keys of plain
 * objects, which inherit Object.prototype: `progress['constructor']` is a function, not "no progress yet".
 * Every read of a record keyed by an id goes through `own`, so only the record's own entries are ever found;
 * and the schemas refuse these names as ids, so they are never stored in the first place.
 */

/** Every name on Object.prototype: "constructor", "toString", "__proto__", "hasOwnProperty", … */
export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

// hasOwnProperty.call rather than Object.hasOwn: older school tablets (iOS before 15.4) lack the latter.
const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** The record's own entry for `key`, never an inherited member; undefined for no record or no key. */
export function own<T>(
  record: Readonly<Record<string, T>> | null | undefined,
  key: string | null,
): T | undefined {
  return record && key !== null && hasOwn(record, key) ? record[key] : undefined;
}
