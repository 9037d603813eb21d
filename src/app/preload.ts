/**
 * The first page's pieces start loading side by side as soon as the entry runs: its language, its area's
 * chunk, its content and its strings. Otherwise each is found only when the one before it has rendered, and on
 * a slow school network every step costs a round trip before the child sees anything (Lighthouse showed the
 * text of a story page waiting ~2.4 s on this "render delay").
 */
import { loadRule, loadTier } from '../content/loader.ts';
import type { Tier } from '../content/schema.ts';
import { applyLocale, isLocale, preloadStrings, type AppLocale, type NAMESPACES } from '../i18n/index.ts';
import type { Route } from '../routing/routes.ts';
import { routeModules } from './routeModules.ts';

type Namespace = (typeof NAMESPACES)[number];

const NEEDS: Partial<
  Record<Route['name'], { module: keyof typeof routeModules; tier?: Tier; strings?: Namespace[] }>
> = {
  storybook: { module: 'storybook', tier: 'storybook' },
  story: { module: 'storybook', tier: 'storybook' },
  workbook: { module: 'workbook', tier: 'workbook', strings: ['workbook'] },
  'net-rules': { module: 'netRules', tier: 'net-rules', strings: ['netRules'] },
  'grown-ups': {
    module: 'grownUps',
    tier: 'grown-ups',
    strings: ['grownUps', 'classroom', 'profiles', 'printables'],
  },
  settings: { module: 'settings' },
  seats: { module: 'seats', strings: ['profiles'] },
  help: { module: 'help', tier: 'help' },
};

/** Starts everything the first page needs; resolves when its language is ready to render. */
export function preloadFirstPage(route: Route): Promise<void> {
  if (route.name === 'root' || !route.locale) return Promise.resolve();
  const needs = NEEDS[route.name];
  if (needs) {
    void routeModules[needs.module]().catch(() => undefined); // a failure shows later, in the page's boundary
    if (needs.tier && isLocale(route.locale)) void loadTier(route.locale, needs.tier).catch(() => undefined);
    // A rule's page also needs that rule's own chunk (its cards and questions).
    const ruleId = route.name === 'net-rules' && route.path.length === 1 ? route.path[0] : undefined;
    if (ruleId && isLocale(route.locale)) void loadRule(route.locale, ruleId).catch(() => undefined);
    for (const ns of needs.strings ?? []) preloadStrings(route.locale, ns);
  }
  // Render in the page's own language and direction from the first frame (no English, left-to-right flash).
  return applyLocale(route.locale as AppLocale).catch(() => undefined);
}
