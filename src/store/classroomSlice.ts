/**
 * Classroom mode's state of the moment, never stored (partialize leaves it out): what the page on the
 * projector offers the teacher (answers to reveal, educator notes), how many of its answers are revealed, and
 * whether the notes are open. Whether classroom mode is on at all is a setting, stored with the settings.
 * A reveal and open notes belong to one page: each is kept with the pathname it was made on, so moving to
 * another address hides them at once, and coming back starts hidden again.
 */
import type { SliceCreator } from './types.ts';

/** What a page offers the teacher's bar, set by the page while it is on screen. */
export interface Lesson {
  /** The pathname of the page. */
  at: string;
  /** How many answers it reveals, one per press of R (0: nothing to reveal). */
  answers: number;
  /** Whether it has educator notes to show on demand. */
  notes: boolean;
}

export interface ClassroomSlice {
  lesson: Lesson | null;
  /** How many answers are revealed (from 1), on which pathname; null while all are hidden. */
  revealed: { at: string; count: number } | null;
  /** The pathname the educator notes are open on, or null while they are closed. */
  notesAt: string | null;
  setLesson(lesson: Lesson | null): void;
  setRevealed(revealed: { at: string; count: number } | null): void;
  setNotesAt(pathname: string | null): void;
}

const same = (a: object | null, b: object | null) => JSON.stringify(a) === JSON.stringify(b);

export const createClassroomSlice: SliceCreator<ClassroomSlice> = (set, get) => ({
  lesson: null,
  revealed: null,
  notesAt: null,
  // Unchanged values are not set again: every reader of the store would render for nothing.
  setLesson: (lesson) => {
    if (!same(get().lesson, lesson)) set({ lesson });
  },
  setRevealed: (revealed) => {
    if (!same(get().revealed, revealed)) set({ revealed });
  },
  setNotesAt: (pathname) => {
    if (get().notesAt !== pathname) set({ notesAt: pathname });
  },
});
