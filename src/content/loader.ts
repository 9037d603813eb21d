/**
 * Lazily loads compiled content, each its own precached chunk: one locale's content for one tier, or one Net
 * Rules rule's cards and questions (the tier itself holds only the rules' summaries).
 */
import { use, useSyncExternalStore } from 'react';
import { loaders } from 'virtual:sango-content';
import type { Rule } from './netRulesSchema.ts';
import type { Locale, Tier, TierContent } from './schema.ts';

const cache = new Map<string, Promise<unknown>>();

/** A promise that says it is settled, the way React's use() reads one: then use() returns at once. */
type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * What the prerender watches (a tier's or a rule's chunk key, e.g. `en/net-rules` or `en/net-rules/ask-first`),
 * to check each page loads only what the browser preloads for it (app/preload.ts).
 */
let onLoad: ((key: string) => void) | null = null;
export function watchContentLoads(listener: ((key: string) => void) | null): void {
  onLoad = listener;
}

function loadChunk<T>(key: string): Promise<T> {
  onLoad?.(key);
  let pending = cache.get(key);
  if (!pending) {
    const load = loaders[key];
    // Cached like any other result, so React's use() sees one stable promise and reaches the error boundary.
    if (!load) pending = Promise.reject(new Error(`no content for ${key}`));
    else {
      const tracked: Tracked<unknown> = load().then((m) => m.default);
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
  return pending as Promise<T>;
}

export const loadTier = (locale: Locale, tier: Tier) => loadChunk<TierContent>(`${locale}/${tier}`);
export const loadRule = (locale: Locale, id: string) => loadChunk<Rule>(`${locale}/net-rules/${id}`);

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
  import.meta.hot.on('sango:content', (updates: { key: string; value: unknown }[]) => {
    for (const { key, value } of updates) {
      // Already settled, so use() renders it at once instead of suspending.
      cache.set(key, Object.assign(Promise.resolve(value), { status: 'fulfilled', value }));
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

/** Suspends until the rule's cards and questions are there. */
export function useRule(locale: Locale, id: string): Rule {
  useSyncExternalStore(subscribe, currentVersion, currentVersion);
  return use(loadRule(locale, id));
}
