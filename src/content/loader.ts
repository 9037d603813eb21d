/** Lazily loads one locale's compiled content for one tier (each its own precached chunk). */
import { use, useSyncExternalStore } from 'react';
import { loaders } from 'virtual:sango-content';
import type { Locale, Tier, TierContent } from './schema.ts';

const cache = new Map<string, Promise<TierContent>>();

export function loadTier(locale: Locale, tier: Tier): Promise<TierContent> {
  const key = `${locale}/${tier}`;
  let pending = cache.get(key);
  if (!pending) {
    const load = loaders[key];
    // Cached like any other result, so React's use() sees one stable promise and reaches the error boundary.
    if (!load) pending = Promise.reject(new Error(`no content for ${key}`));
    else {
      pending = load().then((m) => m.default);
      // A failed chunk load must not stick: the next visit tries again.
      pending.catch(() => cache.delete(key));
    }
    cache.set(key, pending);
  }
  return pending;
}

// In development, edited content arrives from the content plugin (vitePlugin.ts) and replaces what is cached;
// pages showing it render again. In a build there is no `import.meta.hot`, and the version never moves.
let version = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
if (import.meta.hot) {
  import.meta.hot.on('sango:content', (updates: TierContent[]) => {
    for (const content of updates) {
      // Already settled, so use() renders it at once instead of suspending.
      const ready = Object.assign(Promise.resolve(content), { status: 'fulfilled', value: content });
      cache.set(`${content.locale}/${content.tier}`, ready);
    }
    version++;
    listeners.forEach((l) => l());
  });
}

/** Suspends until the content is there. */
export function useTierContent(locale: Locale, tier: Tier): TierContent {
  useSyncExternalStore(subscribe, () => version);
  return use(loadTier(locale, tier));
}
