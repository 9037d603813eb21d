/**
 * The prerender's entry (built for Node by scripts/lib/prerender.ts, never shipped to the browser): which pages
 * exist in each language, and each page rendered to HTML with React's static renderer, which waits for every
 * lazy chunk, content and string the page needs. The store is at its defaults here (nothing is known about a
 * child), and the grown-ups area renders its gate, never the pages behind it.
 */
import { prerender } from 'react-dom/static';
import { App } from './app/App.tsx';
import { pageNeeds, type PageNeeds } from './app/preload.ts';
import { loadTier, watchContentLoads } from './content/loader.ts';
import type { Locale } from './content/schema.ts';
import type { RuleSummary } from './content/netRulesSchema.ts';
import type { WorkbookModule } from './content/workbookSchema.ts';
import { HELP_TIERS } from './content/helpTiers.ts';
import { applyLocale, dirOf, i18n, langOf, LOCALES, takeUsedNamespaces } from './i18n/index.ts';
import { setServerPathname } from './routing/router.ts';
import { pageKey, parseRoute, routePath, type Route } from './routing/routes.ts';
import {
  CLASS_VIEW,
  DATA,
  GUIDE_IDS,
  PRINTABLES,
  SEATS,
  TEACHER_NOTES,
} from './features/grown-ups/guides.ts';

export { LOCALES };

/** A page to write: its address, and other addresses that show the very same page (served from copies). */
export interface PageAddress {
  path: string;
  aliases: string[];
}

/** Every page of a language, from its compiled content; the language's not-found page last. */
export async function pagesOf(locale: Locale): Promise<PageAddress[]> {
  const [storybook, workbook, netRules, grownUps] = await Promise.all([
    loadTier(locale, 'storybook'),
    loadTier(locale, 'workbook'),
    loadTier(locale, 'net-rules'),
    loadTier(locale, 'grown-ups'),
  ]);
  const page = (route: Route, aliases: string[] = []): PageAddress => ({ path: routePath(route), aliases });
  const pages: PageAddress[] = [page({ name: 'home', locale }), page({ name: 'storybook', locale })];
  for (const item of storybook.items) {
    if (item.kind === 'guide') {
      pages.push(
        page({ name: 'story', locale, story: item.id, page: 1 }, [`/${locale}/storybook/${item.id}/`]),
      );
    } else if (item.kind === 'story') {
      item.steps.forEach((_, i) =>
        pages.push(
          page(
            { name: 'story', locale, story: item.id, page: i + 1 },
            i === 0 ? [`/${locale}/storybook/${item.id}/`] : [],
          ),
        ),
      );
      pages.push(page({ name: 'story', locale, story: item.id, page: 'end' }));
    }
  }
  pages.push(page({ name: 'workbook', locale, path: [] }));
  for (const mod of workbook.items.filter((i): i is WorkbookModule => i.kind === 'module')) {
    pages.push(page({ name: 'workbook', locale, path: [mod.id] }));
    for (const part of mod.parts) pages.push(page({ name: 'workbook', locale, path: [mod.id, part.id] }));
  }
  pages.push(page({ name: 'net-rules', locale, path: [] }));
  pages.push(page({ name: 'net-rules', locale, path: ['level-1'] }));
  for (const rule of netRules.items.filter((i): i is RuleSummary => i.kind === 'rule-summary'))
    pages.push(page({ name: 'net-rules', locale, path: [rule.id] }));
  pages.push(page({ name: 'net-rules', locale, path: ['result-card'] }));
  pages.push(page({ name: 'help', locale, tier: null }));
  for (const tier of HELP_TIERS) pages.push(page({ name: 'help', locale, tier }));
  // The grown-ups area: each of these renders its gate (the store and the tab session are empty here).
  const guides = grownUps.items.filter(
    (i) => i.kind === 'guide' && (GUIDE_IDS as readonly string[]).includes(i.id),
  );
  pages.push(page({ name: 'grown-ups', locale, path: [] }));
  for (const id of [...guides.map((g) => g.id), DATA, SEATS, TEACHER_NOTES, CLASS_VIEW, PRINTABLES])
    pages.push(page({ name: 'grown-ups', locale, path: [id] }));
  pages.push(page({ name: 'settings', locale }));
  pages.push(page({ name: 'seats', locale }));
  pages.push({ path: notFoundPath(locale), aliases: [] });
  return pages;
}

/** An address that is no page: where a language's not-found page is rendered. */
export const notFoundPath = (locale: Locale) => `/${locale}/404`;

export interface RenderedPage {
  /** What `<div id="root" data-page>` carries: the browser hydrates only at an address with this key. */
  key: string;
  locale: Locale;
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** The markup inside `<div id="root">`. */
  html: string;
  needs: PageNeeds;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .trim();

/** One line about the page, for search results and link previews: the content's own summary where it has one. */
async function describe(route: Route, locale: Locale): Promise<string> {
  const fallback = i18n.t('grownUps.intro');
  switch (route.name) {
    case 'storybook':
      return i18n.t('home.tiers.storybook.description');
    case 'story': {
      const item = (await loadTier(locale, 'storybook')).items.find((i) => i.id === route.story);
      return item?.kind === 'story' ? item.summary : fallback;
    }
    case 'workbook': {
      const mod = (await loadTier(locale, 'workbook')).items.find((i) => i.id === route.path[0]);
      return mod?.kind === 'module' ? mod.message : i18n.t('home.tiers.workbook.description');
    }
    case 'net-rules': {
      const rule = (await loadTier(locale, 'net-rules')).items.find((i) => i.id === route.path[0]);
      return rule?.kind === 'rule-summary' ? rule.short : i18n.t('home.tiers.netRules.description');
    }
    default:
      return fallback;
  }
}

/**
 * Renders one page. Throws when React reports an error, or when the page used strings or content that the
 * browser would not load before hydrating it (then its first render would suspend: see app/preload.ts).
 */
export async function renderPage(path: string): Promise<RenderedPage> {
  const route = parseRoute(path);
  if (route.name === 'root' || !route.locale) throw new Error(`${path} is not a page of a language`);
  const locale = route.locale as Locale;
  setServerPathname(path);
  await applyLocale(locale);
  takeUsedNamespaces();
  const chunks = new Set<string>();
  watchContentLoads((key) => chunks.add(key));
  const errors: unknown[] = [];
  let html: string;
  try {
    const { prelude } = await prerender(<App />, {
      onError: (error) => void errors.push(error),
      // Every boundary inline, in reading order: no boundary is sent apart with a script to move it in place
      // (the CSP allows no inline script, and the page is complete anyway).
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      signal: AbortSignal.timeout(60_000),
    });
    html = await new Response(prelude).text();
  } finally {
    watchContentLoads(null);
  }
  if (errors.length) throw new Error(`${path}: ${errors.map(String).join('; ')}`);

  const needs = pageNeeds(route);
  const strings = new Set(['common', ...needs.strings]);
  const missingStrings = takeUsedNamespaces().filter((ns) => !strings.has(ns));
  // A rule's page waits for that rule's own chunk (loadRule) while rendering here; the browser must have it
  // too before hydrating, or the page would suspend.
  const preloaded = new Set(needs.tiers.map((t) => `${locale}/${t}`));
  if (needs.rule) preloaded.add(`${locale}/net-rules/${needs.rule}`);
  const missingTiers = [...chunks].filter((key) => !preloaded.has(key));
  if (missingStrings.length || missingTiers.length) {
    throw new Error(
      `${path} uses ${[...missingStrings, ...missingTiers].join(', ')}, which app/preload.ts does not load ` +
        `before hydrating it (add them to its NEEDS)`,
    );
  }

  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
  const name = i18n.t('app.name');
  // The same title the page sets itself once it runs (PageHeading).
  const title = heading && textOf(heading) ? `${textOf(heading)} · ${name}` : name;
  return {
    key: pageKey(route),
    locale,
    lang: langOf(locale),
    dir: dirOf(locale),
    title,
    description: await describe(route, locale),
    html,
    needs,
  };
}

/** What a language's shell carries: its name for the app and a line about it, in that language. */
export async function shellText(locale: Locale): Promise<{ title: string; description: string }> {
  await applyLocale(locale);
  return { title: i18n.t('app.name'), description: i18n.t('grownUps.intro') };
}
