/**
 * i18next setup. English is bundled (it is the fallback and the type source); other languages load on demand
 * as their own chunks, which the service worker precaches so every language works offline.
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../locales/en/common.json';
import { pseudoBundle, type Bundle } from './pseudo.ts';
import { dirOf, type AppLocale } from './languages.ts';

export { useTranslation, Trans, I18nextProvider } from 'react-i18next';
export * from './languages.ts';

/** `common` is the shell, bundled in English; each tier's namespace loads with the tier. */
export const NAMESPACES = [
  'common',
  'workbook',
  'netRules',
  'grownUps',
  'profiles',
  'classroom',
  'printables',
] as const;
const english: Record<string, Bundle> = { common: enCommon };

const lazyBundles = import.meta.glob<{ default: Bundle }>([
  '../../locales/*/*.json',
  '!../../locales/en/common.json',
]);

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const en = english[namespace];
    // i18next may normalise 'ar-xb' to 'ar-XB'.
    if (/-x[ab]$/i.test(language)) {
      const source = en
        ? Promise.resolve(en)
        : lazyBundles[`../../locales/en/${namespace}.json`]?.().then((m) => m.default);
      void (source ?? Promise.resolve({})).then((b) => callback(null, pseudoBundle(b)));
      return;
    }
    const load = lazyBundles[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, language === 'en' ? (en ?? {}) : {});
      return;
    }
    load().then(
      (m) => callback(null, m.default),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), null),
    );
  },
};

export const i18n = i18next.createInstance();

void i18n
  .use(backend)
  .use(initReactI18next)
  .init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: false,
    ns: ['common'],
    defaultNS: 'common',
    resources: { en: english },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    react: { useSuspense: true },
    initAsync: false,
  });

/**
 * Starts loading a language's strings for a namespace without waiting, so the first page's strings arrive
 * alongside its code; the backend's later read finds the module already loaded.
 */
export function preloadStrings(code: AppLocale, namespace: (typeof NAMESPACES)[number]): void {
  void lazyBundles[`../../locales/${code}/${namespace}.json`]?.().catch(() => undefined);
}

/**
 * Wraps text that may run in the other direction (a file name, a Latin word) in Unicode isolates, so inside an
 * Arabic sentence it keeps its own order and does not drag the sentence's punctuation with it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The `lang` attribute of a UI locale (a pseudo-locale speaks its base language). */
export function langOf(code: AppLocale): string {
  return code.startsWith('ar-') ? 'ar' : (code.split('-')[0] ?? code);
}

/** Switches the UI language and the document's lang/dir together (only the language, when prerendering). */
export async function applyLocale(code: AppLocale): Promise<void> {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = langOf(code);
    document.documentElement.dir = dirOf(code);
  }
  if (i18n.language !== code) await i18n.changeLanguage(code);
}

/**
 * Loads a language's strings for namespaces and resolves once they are in i18next, so a component asking for
 * them renders at once instead of suspending (what hydrating a prerendered page needs).
 */
export async function loadStrings(
  code: AppLocale,
  namespaces: readonly (typeof NAMESPACES)[number][],
): Promise<void> {
  if (namespaces.length === 0) return;
  await applyLocale(code);
  await i18n.loadNamespaces([...namespaces]);
}

/**
 * The namespaces components asked for since the last call, for the prerender: it checks that what a page
 * used is what the browser loads before hydrating it (app/preload.ts).
 */
export function takeUsedNamespaces(): string[] {
  // react-i18next keeps them on the instance (its ReportNamespaces), as `usedNamespaces`.
  const report = (i18n as { reportNamespaces?: { usedNamespaces?: Record<string, boolean> } })
    .reportNamespaces;
  const used = Object.keys(report?.usedNamespaces ?? {});
  if (report) report.usedNamespaces = {};
  return used;
}

const fixedInstances = new Map<AppLocale, typeof i18n>();

/**
 * An i18next instance fixed to one language that shares the app's loaded strings. A printout in another
 * language than the interface's (an English-speaking teacher printing Arabic family sheets) renders inside it
 * through `I18nextProvider`, so every string on the paper, shared components' included (seat names, link
 * notes), is in the paper's language while the page around it stays in the interface's.
 */
export function i18nFor(code: AppLocale): typeof i18n {
  let fixed = fixedInstances.get(code);
  if (!fixed) {
    fixed = i18n.cloneInstance({ lng: code });
    fixedInstances.set(code, fixed);
  }
  return fixed;
}
