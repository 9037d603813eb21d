/**
 * Where a child was when they tapped the seat button, so picking a seat takes them straight back (one tap).
 * Kept in memory only: after a reload, or after the idle hand-over, the next child starts at home instead of
 * on a classmate's page.
 */
import type { AppLocale } from '../../i18n/index.ts';
import { routePath, withLocale } from '../../routing/routes.ts';

let returnPath: string | null = null;

export function rememberReturnPath(path: string): void {
  returnPath = path;
}

export function forgetReturnPath(): void {
  returnPath = null;
}

/** The page to go to once a seat is picked (in the current language), then forgotten; home by default. */
export function takeReturnPath(locale: AppLocale): string {
  const path = returnPath;
  returnPath = null;
  const home = routePath({ name: 'home', locale });
  if (!path) return home;
  const back = withLocale(path, locale, import.meta.env.DEV);
  return back === routePath({ name: 'seats', locale }) ? home : back;
}
