/**
 * The empty shells the service worker precaches, one per language: an address opened offline gets its own
 * language's, so it renders in the right language and direction. Written by the build (scripts/lib/
 * prerender.ts) and read by the service worker (src/sw.ts).
 */
import { LOCALES } from '../i18n/languages.ts';

export const SHELL_DIR = 'shells';

export function shellPath(locale: string): string {
  return `/${SHELL_DIR}/${locale}.html`;
}

/** The shell for an address: its language's, or the language-less app shell. */
export function shellFor(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return (LOCALES as readonly string[]).includes(first) ? shellPath(first) : '/index.html';
}
