/**
 * The one table of languages: code, name in its own language, and writing direction. Everything else that
 * lists languages (the content compiler, the stored settings, the router) derives from it, so adding a language
 * is one row here (plus its words).
 */
export const LANGUAGES = [
  { code: 'en', nativeName: 'English', dir: 'ltr', dyslexiaFont: true },
  { code: 'fr', nativeName: 'Français', dir: 'ltr', dyslexiaFont: true },
  { code: 'es', nativeName: 'Español', dir: 'ltr', dyslexiaFont: true },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', dyslexiaFont: false },
  { code: 'zh', nativeName: '中文', dir: 'ltr', dyslexiaFont: false },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', dyslexiaFont: false },
] as const satisfies readonly {
  code: string;
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** Whether the dyslexia-friendly font (OpenDyslexic, Latin only) draws this language's script. */
  dyslexiaFont: boolean;
}[];

export type Language = (typeof LANGUAGES)[number];
export type Locale = Language['code'];
/** The codes as a tuple type, so zod's enum and TypeScript both see every locale. */
type Codes<T extends readonly { code: string }[]> = { [K in keyof T]: T[K]['code'] };
export const LOCALES = LANGUAGES.map((l) => l.code) as unknown as Codes<typeof LANGUAGES>;

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
