/** Lazily loads one locale's compiled content for one tier (each its own precached chunk). */
import { use, useSyncExternalStore } from 'react';
import { loaders } from 'virtual:sango-content';
import type { Locale, Tier, TierContent } from './schema.ts';

const cache = new Map<string, Promise<TierContent>>();

/** A promise that says it is settled, the way React's use() reads one: then use() returns at once. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/** What the prerender watches, to check each page loads what the browser preloads for it (app/preload.ts). */
let onLoad: ((key: string) => void) | null = null;
export function watchTierLoads(listener: ((key: string) => void) | null): void {
  onLoad = listener;
}

export function loadTier(locale: Locale, tier: Tier): Promise<TierContent> {
  const key = `${locale}/${tier}`;
  onLoad?.(key);
  let pending = cache.get(key);
  if (!pending) {
    const load = loaders[key];
    // Cached like any other result, so React's use() sees one stable promise and reaches the error boundary.
    if (!load) pending = Promise.reject(new Error(`no content for ${key}`));
    else {
      const tracked: Tracked<TierContent> = load().then((m) => m.default);
      // Marked as soon as it settles, so a page hydrating over prerendered HTML reads content that is already
      // there without suspending (a suspended boundary would stay dehydrated, or fall back to client render).
      tracked.then(
        (value) => Object.assign(tracked, { status: 'fulfilled', value }),
        (reason: unknown) => {
          Object.assign(tracked, { status: 'rejected', reason });
          cache.delete(key); // a failed chunk load must not stick: the next visit tries again
        },
      );
      pending = tracked;
    }
    cache.set(key, pending);
  }
  return pending;
}

// In development, edited content arrives from the content plugin (vitePlugin.ts) and replaces what is cached;
// pages showing it render again. In a build there is no `import.meta.hot`, and the version never moves.
let version = 0;
const currentVersion = () => version;
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
  useSyncExternalStore(subscribe, currentVersion, currentVersion);
  return use(loadTier(locale, tier));
}
