/** zustand `persist` adapter: validates and migrates on read, backs up what it cannot read. */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readStored, STORE_VERSION } from './migrations.ts';
import type { Persisted } from './schema.ts';
import type { SafeStorage } from './safeStorage.ts';

export function createPersistStorage(storage: SafeStorage): PersistStorage<Persisted> {
  return {
    getItem(name): StorageValue<Persisted> | null {
      const raw = storage.get(name);
      if (raw === null) return null;
      const result = readStored(raw);
      if (!result.ok) {
        storage.backup(raw);
        return null;
      }
      if (result.migrated) storage.backup(raw, true); // keep the pre-migration original too
      return { state: result.state, version: STORE_VERSION };
    },
    setItem(name, value) {
      storage.set(name, JSON.stringify({ version: value.version, state: value.state }));
    },
    removeItem(name) {
      storage.remove(name);
    },
  };
}
