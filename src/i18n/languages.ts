/** The one table of languages: code, name in its own language, and writing direction. */
import { LOCALES, type Locale } from '../content/locales.ts';

export type { Locale };
export { LOCALES };

export interface Language {
  code: Locale;
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'zh', nativeName: '中文', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
];

/**
 * Dev-only pseudo-locales: every UI string becomes "[[...]]" so a hard-coded string stands out, and one of
 * them is right-to-left to expose mirroring bugs. They reuse English content.
 */
export const PSEUDO_LOCALES = ['en-xa', 'ar-xb'] as const;
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];
export type AppLocale = Locale | PseudoLocale;

export function isLocale(code: string): code is Locale {
  return (LOCALES as readonly string[]).includes(code);
}

export function isAppLocale(code: string, dev: boolean): code is AppLocale {
  return isLocale(code) || (dev && (PSEUDO_LOCALES as readonly string[]).includes(code));
}

export function dirOf(code: AppLocale): 'ltr' | 'rtl' {
  if (code === 'ar-xb') return 'rtl';
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/** The content locale behind a UI locale (pseudo-locales show English content). */
export function contentLocale(code: AppLocale): Locale {
  return isLocale(code) ? code : 'en';
}

/** Picks the best supported locale for the browser's preferred languages ("fr-CA" -> fr, "zh-Hant" -> zh). */
export function bestLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}
