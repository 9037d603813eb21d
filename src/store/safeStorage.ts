/**
 * localStorage that never throws. When the browser refuses (private mode, quota, storage disabled) the app
 * keeps working from memory and says so; what cannot be read is kept under a backup key, never discarded.
 */
export const STATE_KEY = 'sango-state';
export const BACKUP_PREFIX = 'sango-backup-';
const MAX_BACKUPS = 3;

export type StorageNotice = 'memory-only' | 'recovered';

export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
  /** Saves data under a new backup key, keeping the newest few; `quiet` for a routine pre-migration copy. */
  backup(raw: string, quiet?: boolean): void;
  onNotice(listener: (n: StorageNotice) => void): () => void;
  readonly notices: readonly StorageNotice[];
}

export function createSafeStorage(backing: () => Storage | null | undefined): SafeStorage {
  const memory = new Map<string, string>();
  const notices: StorageNotice[] = [];
  const listeners = new Set<(n: StorageNotice) => void>();
  let inMemory = false;
  const notify = (n: StorageNotice) => {
    if (notices.includes(n)) return;
    notices.push(n);
    listeners.forEach((l) => l(n));
  };
  const tryStorage = <T>(fn: (s: Storage) => T, fallback: () => T): T => {
    if (!inMemory) {
      try {
        const s = backing();
        if (s) return fn(s);
      } catch {
        // fall through: storage is unavailable, so from now on memory is the source of truth
      }
      inMemory = true;
      notify('memory-only');
    }
    return fallback();
  };
  const store: SafeStorage = {
    notices,
    get: (key) =>
      tryStorage(
        (s) => s.getItem(key),
        () => memory.get(key) ?? null,
      ),
    set(key, value) {
      memory.set(key, value);
      tryStorage(
        (s) => s.setItem(key, value),
        () => undefined,
      );
    },
    remove(key) {
      memory.delete(key);
      tryStorage(
        (s) => s.removeItem(key),
        () => undefined,
      );
    },
    keys: () =>
      tryStorage(
        (s) => Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null),
        () => [...memory.keys()],
      ),
    backup(raw, quiet = false) {
      const existing = store
        .keys()
        .filter((k) => k.startsWith(BACKUP_PREFIX))
        .sort();
      if (!existing.some((k) => store.get(k) === raw)) {
        for (const old of existing.slice(0, Math.max(0, existing.length - (MAX_BACKUPS - 1))))
          store.remove(old);
        store.set(`${BACKUP_PREFIX}${Date.now()}`, raw);
      }
      if (!quiet) notify('recovered');
    },
    onNotice(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}

export function browserStorage(): Storage | null {
  return typeof window === 'undefined' ? null : window.localStorage;
}
