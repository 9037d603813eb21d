/**
 * The first page's pieces start loading side by side as soon as the entry runs: its language, its area's
 * chunk, its content and its strings. Otherwise each is found only when the one before it has rendered, and on
 * a slow school network every step costs a round trip before the child sees anything (Lighthouse showed the
 * text of a story page waiting ~2.4 s on this "render delay").
 *
 * Over a prerendered page the same list is what hydrating needs: everything the server waited for must be
 * there before the first client render, or that render suspends. The prerender (entry-server.tsx) checks that
 * this list covers every namespace, content tier and Net Rules rule a page really used, so it cannot drift.
 */
import { loadRule, loadTier } from '../content/loader.ts';
import type { Locale, Tier } from '../content/schema.ts';
import { contentLocale, loadStrings, applyLocale, type AppLocale, type NAMESPACES } from '../i18n/index.ts';
import type { Route } from '../routing/routes.ts';
import { loadRouteModule, type RouteModule } from './routeModules.ts';

export type Namespace = (typeof NAMESPACES)[number];

export interface PageNeeds {
  module: RouteModule | null;
  tiers: Tier[];
  /** Beyond `common`, which every page uses. */
  strings: Namespace[];
  /** A Net Rules rule's own chunk (its cards and questions), when the page may be that rule's. */
  rule?: string;
}

const NEEDS: Partial<Record<Route['name'], PageNeeds>> = {
  storybook: { module: 'storybook', tiers: ['storybook'], strings: [] },
  story: { module: 'storybook', tiers: ['storybook'], strings: [] },
  workbook: { module: 'workbook', tiers: ['workbook'], strings: ['workbook'] },
  // The workbook's strings too: some questions are played with the workbook's activities.
  'net-rules': { module: 'netRules', tiers: ['net-rules'], strings: ['netRules', 'workbook'] },
  'grown-ups': {
    module: 'grownUps',
    tiers: ['grown-ups'],
    strings: ['grownUps', 'classroom', 'profiles', 'printables'],
  },
  settings: { module: 'settings', tiers: [], strings: ['classroom'] },
  seats: { module: 'seats', tiers: [], strings: ['profiles'] },
  help: { module: 'help', tiers: ['help'], strings: [] },
};

/** Net Rules pages that are not a rule (NetRulesRoute.tsx). */
const NET_RULES_PAGES = new Set(['level-1', 'result-card']);

/** What a page needs before it can render without waiting. */
export function pageNeeds(route: Route): PageNeeds {
  const needs = NEEDS[route.name] ?? { module: null, tiers: [], strings: [] };
  // The teacher notes list every workbook module's notes.
  if (route.name === 'grown-ups' && route.path[0] === 'teacher-notes' && route.path.length === 1)
    return { ...needs, tiers: [...needs.tiers, 'workbook'] };
  // The class view and the printables name every story, exercise and rule.
  if (route.name === 'grown-ups' && (route.path[0] === 'class' || route.path[0] === 'printables'))
    return { ...needs, tiers: [...needs.tiers, 'storybook', 'workbook', 'net-rules'] };
  // One segment that is not one of the tier's own pages names a rule (or nothing, which the page then says).
  const [first, extra] = route.name === 'net-rules' ? route.path : [];
  if (first && extra === undefined && !NET_RULES_PAGES.has(first)) return { ...needs, rule: first };
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
    ...(needs.rule ? [loadRuleOf(contentLocale(locale), needs.rule)] : []),
  ];
  const results = await Promise.allSettled(all);
  return results.every((r) => r.status === 'fulfilled');
}

/**
 * A rule's chunk, or nothing when the tier has no such rule (the page then says "not found" without it): only
 * a rule that exists and failed to load counts as a failure.
 */
async function loadRuleOf(locale: Locale, id: string): Promise<unknown> {
  try {
    return await loadRule(locale, id);
  } catch (error) {
    const { items } = await loadTier(locale, 'net-rules');
    if (items.some((i) => i.kind === 'rule-summary' && i.id === id)) throw error;
    return undefined;
  }
}
