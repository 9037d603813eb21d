import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestLocale, dirOf, LANGUAGES, LOCALES } from '../../src/i18n/languages.ts';
import { pseudoBundle } from '../../src/i18n/pseudo.ts';

type Bundle = { [key: string]: string | Bundle };
const DIR = join(__dirname, '../../locales');
const load = (lng: string, ns: string): Bundle =>
  JSON.parse(readFileSync(join(DIR, lng, `${ns}.json`), 'utf8')) as Bundle;
const flatten = (b: Bundle, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(b).flatMap(([k, v]) =>
      typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );
// Every {{…}}, formatted ones too ({{count, number}}): i18next fills them all.
const placeholders = (s: string) => [...new Set(s.match(/\{\{[^{}]+\}\}/g) ?? [])].sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Keys with the plural suffix removed, and for each plural key the set of forms it has. */
function shape(strings: Record<string, string>) {
  const plurals = new Map<string, Set<string>>();
  const keys = new Set<string>();
  for (const key of Object.keys(strings)) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, -m[0].length) : key;
    keys.add(base);
    if (m?.[1]) plurals.set(base, new Set([...(plurals.get(base) ?? []), m[1]]));
  }
  return { keys: [...keys].sort(), plurals };
}
const namespaces = readdirSync(join(DIR, 'en')).map((f) => f.replace(/\.json$/, ''));

describe('UI strings', () => {
  for (const lng of LOCALES.filter((l) => l !== 'en')) {
    for (const ns of namespaces) {
      // The shell (common) must be complete in every language; other namespaces, once a translation exists.
      const present = existsSync(join(DIR, lng, `${ns}.json`));
      it.runIf(ns === 'common' || present)(
        `${lng}/${ns} has every English key, translated, with the right plural forms`,
        () => {
          const english = flatten(load('en', ns));
          const strings = flatten(load(lng, ns));
          const en = shape(english);
          const tr = shape(strings);
          expect(tr.keys).toEqual(en.keys);
          const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
          for (const base of en.plurals.keys())
            expect([...(tr.plurals.get(base) ?? [])].sort(), `${base}`).toEqual([...forms].sort());
          for (const [key, value] of Object.entries(strings)) {
            expect(value.trim(), key).not.toBe('');
            const base = key.replace(PLURAL, '');
            const source = english[key] ?? english[`${base}_other`] ?? '';
            // Plural forms may drop {{count}} where the language says "one" or "two" in words.
            const expected = placeholders(source).filter(
              (p) => !(PLURAL.test(key) && p === '{{count, number}}'),
            );
            for (const p of expected) expect(placeholders(value), key).toContain(p);
            // Nor may a translation invent one: it would show as raw braces.
            for (const p of placeholders(value)) expect(placeholders(source), key).toContain(p);
          }
        },
      );
    }
  }

  it('the languages table lists the six UN languages by their own names, Arabic right to left', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'fr', 'es', 'ar', 'zh', 'ru']);
    expect(LANGUAGES.map((l) => l.nativeName)).toEqual([
      'English',
      'Français',
      'Español',
      'العربية',
      '中文',
      'Русский',
    ]);
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
    expect(dirOf('ar-xb')).toBe('rtl');
  });

  it('picks the best locale from the browser languages', () => {
    expect(bestLocale(['fr-CA', 'en'])).toBe('fr');
    expect(bestLocale(['de-DE', 'ru'])).toBe('ru');
    expect(bestLocale(['zh-Hant-TW'])).toBe('zh');
    expect(bestLocale(['de'])).toBe('en');
    expect(bestLocale([])).toBe('en');
  });

  it('pseudo-locales wrap every string and keep placeholders', () => {
    const pseudo = flatten(pseudoBundle(load('en', 'common')));
    expect(pseudo['storybook.pageOf']).toBe('[[Page {{page, number}} of {{total, number}}]]');
    expect(Object.values(pseudo).every((v) => v.startsWith('[[') && v.endsWith(']]'))).toBe(true);
  });
});
