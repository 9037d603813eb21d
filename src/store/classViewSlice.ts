/**
 * The class view's slice. It lives in memory only, for as long as Sango stays open: `partialize` in index.ts
 * persists settings, seats and progress and nothing else. A teacher opens the day's files, reads the figures,
 * prints them, and closing Sango (or "Clear the class view") forgets them. Kept out of storage on purpose: the
 * files stay on the teacher's device anyway, so nothing is lost by forgetting, and no other child's progress
 * lingers on a device the teacher may share.
 */
import type { ClassView } from './classView.ts';
import type { SliceCreator } from './types.ts';

/** Nothing opened. Here, not in classView.ts, so the store (on every page) never loads the file reader. */
export const EMPTY_CLASS_VIEW: ClassView = { files: [], seats: [] };

export interface ClassViewSlice {
  classView: ClassView;
  /** What the grown-ups' class view read from files (see classView.ts); never this device's seats. */
  setClassView(view: ClassView): void;
  clearClassView(): void;
}

export const createClassViewSlice: SliceCreator<ClassViewSlice> = (set) => ({
  classView: EMPTY_CLASS_VIEW,
  setClassView: (view) => set({ classView: view }),
  clearClassView: () => set({ classView: EMPTY_CLASS_VIEW }),
});
