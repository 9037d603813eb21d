/**
 * Reads the route from the URL and keeps the language in step with it: "/" goes to the last-used or the
 * browser's best-matching locale; a locale in the URL becomes the UI language and is remembered.
 */
import { useEffect, useMemo } from 'react';
import { applyLocale, bestLocale, isLocale } from '../i18n/index.ts';
import { useStore } from '../store/index.ts';
import { navigate, usePathname } from '../routing/router.ts';
import { shouldAskWhoIsLearning } from '../features/profiles/useIdleHandOver.ts';
import { parseRoute, type Route } from '../routing/routes.ts';

export function useLocaleRoute(): Route {
  const pathname = usePathname();
  const saved = useStore((s) => s.settings.locale);
  const setLocale = useStore((s) => s.setLocale);
  const route = useMemo(() => parseRoute(pathname, import.meta.env.DEV), [pathname]);
  // Only an address without a locale needs this, and none of those is prerendered (no navigator there).
  const browser = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const fallback = saved ?? bestLocale(browser);
  const effective: Route =
    route.name === 'not-found' && route.locale === null ? { name: 'not-found', locale: fallback } : route;

  const locale = effective.name === 'root' ? null : (effective.locale ?? fallback);
  useEffect(() => {
    if (locale === null) {
      // A fresh start on a shared device asks "who is learning?" first (school mode, or several seats).
      const s = useStore.getState();
      navigate(shouldAskWhoIsLearning(s.settings, s.seats) ? `/${fallback}/seats` : `/${fallback}/`, {
        replace: true,
      });
      return;
    }
    void applyLocale(locale);
    if (isLocale(locale)) setLocale(locale);
  }, [locale, fallback, setLocale]);

  return effective;
}
