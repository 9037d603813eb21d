/**
 * The items the class view counts and their titles in one language: the stories, the workbook's exercises
 * (with their module's number, as the workbook shows them) and the Net Rules rules, in the content's order.
 */
import { inlineText } from '../../content/render.tsx';
import type { TierContent } from '../../content/schema.ts';
import type { ClassItems } from '../../store/classFigures.ts';

export type TitledTier = 'stories' | 'exercises' | 'rules';

export interface ClassContent {
  items: ClassItems;
  /** Titles per tier: a story and a rule may share an id ("screen-time"). */
  titles: Record<TitledTier, ReadonlyMap<string, string>>;
  /** The module number (1-based) of each exercise. */
  moduleOf: ReadonlyMap<string, number>;
  /** Each exercise's items (cards, options, statements...) as plain words, by exercise id then item id. */
  itemLabels: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const byOrder = <T extends { order: number }>(list: T[]) => [...list].sort((a, b) => a.order - b.order);

export function classContent(
  storybook: TierContent,
  workbook: TierContent,
  netRules: TierContent,
): ClassContent {
  const stories = byOrder(storybook.items.filter((i) => i.kind === 'story'));
  const modules = byOrder(workbook.items.filter((i) => i.kind === 'module'));
  const rules = byOrder(netRules.items.filter((i) => i.kind === 'rule-summary'));
  const exercises = modules.flatMap((m, index) =>
    m.parts.flatMap((p) =>
      p.kind === 'exercise'
        ? [
            {
              id: p.id,
              title: p.title,
              module: index + 1,
              labels: new Map(p.items.map((i) => [i.id, inlineText(i.label)])),
            },
          ]
        : [],
    ),
  );
  return {
    items: {
      stories: stories.map((s) => s.id),
      exercises: exercises.map((e) => e.id),
      rules: rules.map((r) => r.id),
    },
    titles: {
      stories: new Map(stories.map((s) => [s.id, s.title])),
      exercises: new Map(exercises.map((e) => [e.id, e.title])),
      rules: new Map(rules.map((r) => [r.id, r.title])),
    },
    moduleOf: new Map(exercises.map((e) => [e.id, e.module])),
    itemLabels: new Map(exercises.map((e) => [e.id, e.labels])),
  };
}
