/**
 * Which certificates a seat has earned, read from its progress: the storybook (every story finished), a
 * workbook module (every exercise in it done) or the Net Rules (every rule's badge). A certificate is offered
 * only for what the seat has actually finished.
 */
import type { Story } from '../../../content/schema.ts';
import type { WorkbookModule } from '../../../content/workbookSchema.ts';
import type { RuleSummary } from '../../../content/netRulesSchema.ts';
import { own, type SeatProgress } from '../../../store/index.ts';

export type Certificate =
  { kind: 'storybook' } | { kind: 'module'; id: string; number: number } | { kind: 'net-rules' };

/** One string per certificate, for a radio's value and a React key. */
export function certificateKey(c: Certificate): string {
  return c.kind === 'module' ? `module:${c.id}` : c.kind;
}

/**
 * The same rule as the workbook's own `moduleState` (features/workbook/progress.ts): a module is done when all
 * of its exercises are. Kept here rather than imported, so the grown-ups chunk does not pull in the workbook's
 * activities and styles; a unit test holds the two together.
 */
export function moduleFinished(mod: WorkbookModule, progress: SeatProgress | undefined): boolean {
  const exercises = mod.parts.filter((p) => p.kind === 'exercise');
  return exercises.length > 0 && exercises.every((e) => own(progress?.exercises, e.id)?.done === true);
}

export function earnedCertificates(
  progress: SeatProgress | undefined,
  content: {
    stories: readonly Story[];
    modules: readonly WorkbookModule[];
    rules: readonly RuleSummary[];
  },
): Certificate[] {
  const earned: Certificate[] = [];
  const { stories, modules, rules } = content;
  if (stories.length > 0 && stories.every((s) => own(progress?.stories, s.id)?.done === true)) {
    earned.push({ kind: 'storybook' });
  }
  for (const mod of modules) {
    if (moduleFinished(mod, progress)) earned.push({ kind: 'module', id: mod.id, number: mod.order });
  }
  if (rules.length > 0 && rules.every((r) => own(progress?.rules, r.id)?.badge === true)) {
    earned.push({ kind: 'net-rules' });
  }
  return earned;
}
