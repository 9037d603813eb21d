/**
 * Attributes for content shown in English because it is not translated yet: its language for screen readers
 * and speech, and left-to-right direction so punctuation stays in place inside an Arabic page.
 */
export function fallbackAttrs(untranslated: boolean): { lang?: 'en'; dir?: 'ltr' } {
  return untranslated ? { lang: 'en', dir: 'ltr' } : {};
}
