/**
 * The one store: slices spread into a single zustand store, persisted (versioned, validated on read) to
 * localStorage. Third-party state imports go through this module.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useShallow } from 'zustand/react/shallow';
import { defaultPersisted } from './defaults.ts';
import { STORE_VERSION } from './migrations.ts';
import { createPersistStorage } from './persistStorage.ts';
import { createProgressSlice } from './progressSlice.ts';
import { browserStorage, createSafeStorage, STATE_KEY, type SafeStorage } from './safeStorage.ts';
import { createSeatsSlice } from './seatsSlice.ts';
import { createSessionSlice } from './sessionSlice.ts';
import { createClassroomSlice } from './classroomSlice.ts';
import { createClassViewSlice, EMPTY_CLASS_VIEW } from './classViewSlice.ts';
import { createSettingsSlice } from './settingsSlice.ts';
import type { Persisted } from './schema.ts';
import type { StoreState } from './types.ts';

export type { StoreState } from './types.ts';
export type { Lesson } from './classroomSlice.ts';
export type { ChosenFile, ClassAddReport, ClassFileProblem, ClassSeat, ClassView } from './classView.ts';
export type * from './schema.ts';
export {
  selectExercises,
  selectLevel1,
  selectOrderSeat,
  selectQuickRound,
  selectRules,
  selectSeatProgress,
  selectStory,
} from './selectors.ts';
export { STATE_KEY, BACKUP_PREFIX } from './safeStorage.ts';
export { own } from './own.ts';
export { summariseLevel1, type Level1Row, type Level1Summary } from './level1.ts';
export { closeGate, isGateOpen, openGate } from './tabSession.ts';
export { useShallow };

export function createAppStore(storage: SafeStorage) {
  const store = create<StoreState>()(
    persist(
      (set, get, api) => ({
        ...createSettingsSlice(set, get, api),
        ...createSeatsSlice(set, get, api),
        ...createProgressSlice(set, get, api),
        ...createSessionSlice(set, get, api),
        ...createClassroomSlice(set, get, api),
        ...createClassViewSlice(set, get, api),
        notices: [...storage.notices],
        dismissNotice: (n) => set((s) => ({ notices: s.notices.filter((x) => x !== n) })),
        // Erasing everything also forgets the class view: nothing of any child stays behind.
        eraseAll: () => set({ ...defaultPersisted(), classView: EMPTY_CLASS_VIEW }),
      }),
      {
        name: STATE_KEY,
        version: STORE_VERSION,
        storage: createPersistStorage(storage),
        partialize: (s): Persisted => ({ settings: s.settings, seats: s.seats, progress: s.progress }),
      },
    ),
  );
  // Notices raised while hydrating (before the store existed) and later ones both reach the UI. Listen first:
  // this very setState writes to storage, which may be what fails.
  storage.onNotice((n) =>
    store.setState((s) => ({ notices: s.notices.includes(n) ? s.notices : [...s.notices, n] })),
  );
  store.setState((s) => ({ notices: [...new Set([...s.notices, ...storage.notices])] }));
  return store;
}

export const storage = createSafeStorage(browserStorage);
export const useStore = createAppStore(storage);

/** Keeps tabs in sync: another tab's write re-reads the stored state (no write back, so no loop). */
export function syncAcrossTabs(): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === STATE_KEY) void useStore.persist.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
