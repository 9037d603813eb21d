/**
 * The URL contract: locale-prefixed, deep-linkable paths, so a teacher can project one exact page.
 * Parsing and building live together so they cannot drift apart.
 */
import { isAppLocale, type AppLocale } from '../i18n/languages.ts';
import { HELP_TIERS, type HelpTier } from '../content/helpTiers.ts';
import { SLUG } from '../content/slug.ts';

export type Route =
  | { name: 'root' }
  | { name: 'home'; locale: AppLocale }
  | { name: 'storybook'; locale: AppLocale }
  | { name: 'story'; locale: AppLocale; story: string; page: number | 'end' }
  | { name: 'workbook'; locale: AppLocale; path: string[] }
  | { name: 'net-rules'; locale: AppLocale; path: string[] }
  | { name: 'grown-ups'; locale: AppLocale; path: string[] }
  /** Help for a tier's children (storybook, workbook, net-rules), or, with no tier, a page that asks whose. */
  | { name: 'help'; locale: AppLocale; tier: HelpTier | null }
  | { name: 'settings'; locale: AppLocale }
  | { name: 'seats'; locale: AppLocale }
  | { name: 'not-found'; locale: AppLocale | null };

/** A path segment as text, or null when its percent escapes are broken (`%`, `%E0%A4%A`, `%ff`). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Never throws: it runs before React starts, outside every error boundary, so a thrown URIError would be a
 * white page. A path that cannot be decoded is "not found", in its language when that part can be read.
 */
export function parseRoute(pathname: string, dev = false): Route {
  const decoded = pathname.split('/').filter(Boolean).map(decodeSegment);
  if (decoded.length === 0) return { name: 'root' };
  const [locale, ...others] = decoded;
  if (!locale || !isAppLocale(locale, dev)) return { name: 'not-found', locale: null };
  if (others.some((p) => p === null)) return { name: 'not-found', locale };
  const [section, ...rest] = others as string[];
  const slugs = rest.every((p) => SLUG.test(p));
  switch (section) {
    case undefined:
      return { name: 'home', locale };
    case 'storybook': {
      if (rest.length === 0) return { name: 'storybook', locale };
      const [story, page] = rest;
      if (!story || !SLUG.test(story) || rest.length > 2) break;
      if (page === undefined) return { name: 'story', locale, story, page: 1 };
      if (page === 'end') return { name: 'story', locale, story, page: 'end' };
      if (/^[1-9]\d{0,2}$/.test(page)) return { name: 'story', locale, story, page: Number(page) };
      break;
    }
    case 'workbook':
    case 'net-rules':
    case 'grown-ups':
      if (slugs && rest.length <= 2) return { name: section, locale, path: rest };
      break;
    case 'help': {
      if (rest.length === 0) return { name: 'help', locale, tier: null };
      const [tier] = rest;
      if (rest.length === 1 && (HELP_TIERS as readonly string[]).includes(tier ?? '')) {
        return { name: 'help', locale, tier: tier as HelpTier };
      }
      break;
    }
    case 'settings':
      if (rest.length === 0) return { name: 'settings', locale };
      break;
    case 'seats':
      if (rest.length === 0) return { name: 'seats', locale };
      break;
  }
  return { name: 'not-found', locale };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'root':
      return '/';
    case 'home':
      return `/${route.locale}/`;
    case 'storybook':
      return `/${route.locale}/storybook/`;
    case 'story':
      return `/${route.locale}/storybook/${route.story}/${route.page}`;
    case 'workbook':
    case 'net-rules':
    case 'grown-ups':
      return `/${route.locale}/${route.name}/${route.path.map((p) => `${p}/`).join('')}`;
    case 'help':
      return `/${route.locale}/help/${route.tier ? `${route.tier}/` : ''}`;
    case 'settings':
      return `/${route.locale}/settings`;
    case 'seats':
      return `/${route.locale}/seats`;
    case 'not-found':
      return `/${route.locale ?? 'en'}/`;
  }
}

/** The same page in another language (used by the language switcher). */
export function withLocale(pathname: string, locale: AppLocale, dev = false): string {
  const route = parseRoute(pathname, dev);
  if (route.name === 'root' || route.name === 'not-found') return `/${locale}/`;
  return routePath({ ...route, locale });
}

/**
 * Which page a route shows, as one string: its canonical path, or "not-found:{locale}". A prerendered page
 * carries it (`<div id="root" data-page>`), and the browser hydrates that HTML only where its own address
 * gives the same key (`/en/storybook/x` and `/en/storybook/x/1` are one page).
 */
export function pageKey(route: Route): string {
  if (route.name === 'not-found') return `not-found:${route.locale ?? ''}`;
  return routePath(route);
}
