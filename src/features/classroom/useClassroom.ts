/**
 * Classroom (projector) mode: whether it is on (a stored setting), what the page on screen offers the teacher
 * (answers to reveal, educator notes), how many answers are revealed and whether the notes are open. These are
 * shared by the presenter bar, the presenter keys and the page, so they live in the store's classroom slice,
 * which is never stored. They belong to one page: each is kept with the pathname it was made on, so moving to
 * another address hides the answers and the notes again at once, without waiting for an effect.
 */
import { useEffect } from 'react';
import { useStore, type Lesson } from '../../store/index.ts';
import { usePathname } from '../../routing/router.ts';

const store = () => useStore.getState();
const here = () => window.location.pathname;

/** What the page on screen offers, or null (an offer left by another address does not count). */
function lessonHere(): Lesson | null {
  const lesson = store().lesson;
  return lesson && lesson.at === here() ? lesson : null;
}
const shownHere = () => {
  const revealed = store().revealed;
  return revealed && revealed.at === here() ? revealed.count : 0;
};
const showHere = (count: number) => store().setRevealed(count > 0 ? { at: here(), count } : null);

/**
 * The reveal, usable outside React (the presenter keys, the bar) and in tests. One answer at a time, because a
 * class works through a sort's cards or a kinder exercise's rounds one by one: R shows the next, Shift+R shows
 * them all, and either, once all are shown, hides them again. Each returns whether there was anything to do.
 */
export const reveal = {
  next: (): boolean => {
    const total = lessonHere()?.answers ?? 0;
    if (total === 0) return false;
    showHere(shownHere() < total ? shownHere() + 1 : 0);
    return true;
  },
  all: (): boolean => {
    const total = lessonHere()?.answers ?? 0;
    if (total === 0) return false;
    showHere(shownHere() < total ? total : 0);
    return true;
  },
  hide: () => showHere(0),
  /** How many answers are revealed on this page. */
  shown: shownHere,
  /** How many answers this page has to reveal. */
  total: () => lessonHere()?.answers ?? 0,
};

/** The educator notes, shown on demand only: N or the bar's button, on pages that have them. */
export const notes = {
  toggle: (): boolean => {
    if (!lessonHere()?.notes) return false;
    store().setNotesAt(store().notesAt === here() ? null : here());
    return true;
  },
  hide: () => store().setNotesAt(null),
  isOpen: () => store().notesAt === here(),
};

export interface Classroom {
  on: boolean;
  /** Whether any answer is revealed on this page. */
  revealed: boolean;
  /** How many of this page's answers are revealed, in order (0 while hidden). */
  shown: number;
  /** Whether the educator notes are open on this page. */
  notes: boolean;
  /** Hides every answer (a new question on the same page starts hidden). */
  hide(): void;
}

export function useClassroom(): Classroom {
  const on = useStore((s) => s.settings.classroom);
  const revealed = useStore((s) => s.revealed);
  const notesAt = useStore((s) => s.notesAt);
  const pathname = usePathname();
  // Coming back to a page later starts hidden again: forget a reveal or notes that belong to another address.
  useEffect(() => {
    if (revealed !== null && revealed.at !== pathname) store().setRevealed(null);
    if (notesAt !== null && notesAt !== pathname) store().setNotesAt(null);
  }, [revealed, notesAt, pathname]);
  const shown = on && revealed?.at === pathname ? revealed.count : 0;
  return { on, revealed: shown > 0, shown, notes: on && notesAt === pathname, hide: reveal.hide };
}

/**
 * A page tells the teacher's bar what it offers while it is on screen: how many answers R reveals one by one
 * (0: nothing, and the bar shows no "Reveal") and whether it has educator notes. Only in classroom mode.
 */
export function useLesson({ answers = 0, notes: hasNotes = false }: { answers?: number; notes?: boolean }) {
  const on = useStore((s) => s.settings.classroom);
  const pathname = usePathname();
  useEffect(() => {
    if (!on || (answers === 0 && !hasNotes)) return;
    const lesson: Lesson = { at: pathname, answers, notes: hasNotes };
    store().setLesson(lesson);
    return () => {
      // Another page (or the next question) may have put its own offer in already: leave that one.
      const now = store().lesson;
      if (now && now.at === lesson.at && now.answers === answers && now.notes === hasNotes)
        store().setLesson(null);
    };
  }, [on, pathname, answers, hasNotes]);
}

/** What the page on screen offers the bar, for rendering. */
export function useLessonHere(): Lesson | null {
  const lesson = useStore((s) => s.lesson);
  const pathname = usePathname();
  return lesson && lesson.at === pathname ? lesson : null;
}
