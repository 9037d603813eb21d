/** Pure progress rules for the workbook: a module is done when all of its exercises are. */
import { own, type ExerciseProgress } from '../../store/index.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';

export type ModuleState = 'done' | 'in-progress' | 'not-started';

export function exercisesOf(mod: WorkbookModule) {
  return mod.parts.filter((p) => p.kind === 'exercise');
}

export function moduleState(mod: WorkbookModule, done: Record<string, ExerciseProgress>): ModuleState {
  const exercises = exercisesOf(mod);
  const finished = exercises.filter((e) => own(done, e.id)?.done).length;
  if (finished === exercises.length) return 'done';
  return finished > 0 ? 'in-progress' : 'not-started';
}

/** Where "Next" goes after a part: the next part of the module, or back to the module page (its recap). */
export function nextPart(mod: WorkbookModule, partId: string): string | null {
  const i = mod.parts.findIndex((p) => p.id === partId);
  return mod.parts[i + 1]?.id ?? null;
}
