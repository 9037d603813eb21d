/**
 * The class view's slice. It lives in memory only, for as long as Sango stays open: `partialize` in index.ts
 * persists settings, seats and progress and nothing else. A teacher opens the day's files, reads the figures,
 * prints them, and closing Sango (or "Clear the class view") forgets them. Kept out of storage on purpose: the
 * files stay on the teacher's device anyway, so nothing is lost by forgetting, and no other child's progress
 * lingers on a device the teacher may share.
 */
import type { ContentIds } from '../content/contentIds.ts';
import {
  addClassFiles,
  EMPTY_CLASS_VIEW,
  type ChosenFile,
  type ClassAddReport,
  type ClassView,
} from './classView.ts';
import type { SliceCreator } from './types.ts';

export interface ClassViewSlice {
  classView: ClassView;
  /** Reads the files into the class view (never into this device's seats) and says what happened to each. */
  openClassFiles(files: readonly ChosenFile[], known: ContentIds): ClassAddReport;
  clearClassView(): void;
}

export const createClassViewSlice: SliceCreator<ClassViewSlice> = (set, get) => ({
  classView: EMPTY_CLASS_VIEW,
  openClassFiles: (files, known) => {
    const { view, report } = addClassFiles(get().classView, files, known);
    if (report.added.length > 0) set({ classView: view });
    return report;
  },
  clearClassView: () => set({ classView: EMPTY_CLASS_VIEW }),
});
