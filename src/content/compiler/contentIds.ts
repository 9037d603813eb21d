/** Build time: the ids the compiled content defines, across every locale (English defines them all). */
import type { ContentIds } from '../contentIds.ts';
import type { TierContent } from '../schema.ts';

const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

export function contentIds(content: readonly TierContent[]): ContentIds {
  const stories = new Map<string, Set<string>>();
  const exercises: string[] = [];
  const itemsOf = new Map<string, Set<string>>();
  const rules: string[] = [];
  for (const { items } of content) {
    for (const item of items) {
      if (item.kind === 'story') {
        const options = stories.get(item.id) ?? new Set<string>();
        for (const step of item.steps)
          if (step.kind === 'choice') step.options.forEach((o) => options.add(o.id));
        stories.set(item.id, options);
      } else if (item.kind === 'module') {
        for (const part of item.parts) {
          if (part.kind !== 'exercise') continue;
          exercises.push(part.id);
          const own = itemsOf.get(part.id) ?? new Set<string>();
          part.items.forEach((i) => own.add(i.id));
          itemsOf.set(part.id, own);
        }
      } else if (item.kind === 'rule') rules.push(item.id);
    }
  }
  return {
    stories: sorted(stories.keys()).map((id) => ({ id, options: sorted(stories.get(id) ?? []) })),
    exercises: sorted(exercises),
    exerciseItems: sorted(itemsOf.keys()).map((id) => ({ id, items: sorted(itemsOf.get(id) ?? []) })),
    rules: sorted(rules),
  };
}
