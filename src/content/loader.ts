/** Lazily loads one locale's compiled content for one tier (each its own precached chunk). */
import { use } from 'react';
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

/** Suspends until the content is there. */
export function useTierContent(locale: Locale, tier: Tier): TierContent {
  return use(loadTier(locale, tier));
}
