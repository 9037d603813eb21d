// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestLocale, dirOf, LANGUAGES, LOCALES } from '../../src/i18n/languages.ts';
import { pseudoBundle } from '../../src/i18n/pseudo.ts';

type Bundle = { [key: string]: string | Bundle };
const load = (lng: string): Bundle =>
  JSON.parse(readFileSync(join(__dirname, `../../locales/${lng}/common.json`), 'utf8')) as Bundle;
const flatten = (b: Bundle, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(b).flatMap(([k, v]) =>
      typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );
const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();

describe('UI strings', () => {
  const english = flatten(load('en'));

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has every English key, translated, with the same placeholders',
    (lng) => {
      const strings = flatten(load(lng));
      expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
      for (const [key, value] of Object.entries(strings)) {
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(english[key] ?? ''));
      }
    },
  );

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
    const pseudo = flatten(pseudoBundle(load('en')));
    expect(pseudo['storybook.pageOf']).toBe('[[Page {{page}} of {{total}}]]');
    expect(Object.values(pseudo).every((v) => v.startsWith('[[') && v.endsWith(']]'))).toBe(true);
  });
});
