import type { Exercise } from '../../../content/workbookSchema.ts';
export interface ActivityProps {
  exercise: Exercise;
  /** Called once, when the child completes the activity: all right (or an opinion given). */
  onComplete: (result: { firstTry: boolean }) => void;
}
