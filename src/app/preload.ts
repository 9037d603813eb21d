/**
 * The first page's pieces start loading side by side as soon as the entry runs: its language, its area's
 * chunk, its content and its strings. Otherwise each is found only when the one before it has rendered, and on
 * a slow school network every step costs a round trip before the child sees anything (Lighthouse showed the
 * text of a story page waiting ~2.4 s on this "render delay").
 *
 * Over a prerendered page the same list is what hydrating needs: everything the server waited for must be
 * there before the first client render, or that render suspends. The prerender (entry-server.tsx) checks that
 * this list covers every namespace and content tier a page really used, so it cannot drift.
 */
import { loadTier } from '../content/loader.ts';
import type { Tier } from '../content/schema.ts';
import { contentLocale, loadStrings, applyLocale, type AppLocale, type NAMESPACES } from '../i18n/index.ts';
import type { Route } from '../ui/routes.ts';
import { loadRouteModule, type RouteModule } from './routeModules.ts';

export type Namespace = (typeof NAMESPACES)[number];

export interface PageNeeds {
  module: RouteModule | null;
  tiers: Tier[];
  /** Beyond `common`, which every page uses. */
  strings: Namespace[];
}

const NEEDS: Partial<Record<Route['name'], PageNeeds>> = {
  storybook: { module: 'storybook', tiers: ['storybook'], strings: [] },
  story: { module: 'storybook', tiers: ['storybook'], strings: [] },
  workbook: { module: 'workbook', tiers: ['workbook'], strings: ['workbook'] },
  'net-rules': { module: 'netRules', tiers: ['net-rules'], strings: ['netRules'] },
  'grown-ups': { module: 'grownUps', tiers: ['grown-ups'], strings: ['grownUps', 'classroom', 'profiles'] },
  settings: { module: 'settings', tiers: [], strings: ['classroom'] },
  seats: { module: 'seats', tiers: [], strings: ['profiles'] },
  help: { module: 'help', tiers: ['help'], strings: [] },
};

/** What a page needs before it can render without waiting. */
export function pageNeeds(route: Route): PageNeeds {
  const needs = NEEDS[route.name] ?? { module: null, tiers: [], strings: [] };
  // The teacher notes list every workbook module's notes.
  if (route.name === 'grown-ups' && route.path[0] === 'teacher-notes' && route.path.length === 1)
    return { ...needs, tiers: [...needs.tiers, 'workbook'] };
  return needs;
}

/**
 * Starts everything the first page needs and resolves once it is all there: true when it all loaded, false
 * when something failed (a chunk missing after a deploy, the network gone), which the page's error boundary
 * then shows.
 */
export async function preloadFirstPage(route: Route): Promise<boolean> {
  if (route.name === 'root' || !route.locale) return true;
  const locale = route.locale as AppLocale;
  const needs = pageNeeds(route);
  const all = [
    // Render in the page's own language and direction from the first frame (no English, left-to-right flash).
    applyLocale(locale),
    loadStrings(locale, needs.strings),
    ...(needs.module ? [loadRouteModule(needs.module)] : []),
    ...needs.tiers.map((tier) => loadTier(contentLocale(locale), tier)),
  ];
  const results = await Promise.allSettled(all);
  return results.every((r) => r.status === 'fulfilled');
}
