/**
 * Classroom mode's state of the moment, never stored (partialize leaves it out): whether the answer on the
 * projector is revealed. Whether classroom mode is on at all is a setting, stored with the settings. A reveal
 * belongs to one page: it is kept with the pathname it was made on, so moving to another address hides the
 * answer at once, and coming back starts hidden again.
 */
import type { SliceCreator } from './types.ts';

export interface ClassroomSlice {
  /** The pathname the answer was revealed on, or null while it is hidden. */
  revealedAt: string | null;
  setRevealedAt(pathname: string | null): void;
}

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set, get) => ({
  revealedAt: null,
  setRevealedAt: (pathname) => {
    if (get().revealedAt !== pathname) set({ revealedAt: pathname });
  },
});
