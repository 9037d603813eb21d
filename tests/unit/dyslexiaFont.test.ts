/** The dyslexia-friendly font is applied exactly to the languages the languages table says it can draw. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';

it('tokens.css applies OpenDyslexic only to the languages marked dyslexiaFont', () => {
  const css = readFileSync('src/ui/styles/tokens.css', 'utf8');
  const rule = /:root\[data-font='dyslexic'\]:is\(([^)]*(?:\)[^{]*?)*)\)\s*\{/.exec(css)?.[1] ?? '';
  const langs = [...rule.matchAll(/:lang\(([a-z]+)\)/g)].map((m) => m[1]).sort();
  expect(langs).toEqual(
    LANGUAGES.filter((l) => l.dyslexiaFont)
      .map((l) => l.code)
      .sort(),
  );
  // And nowhere else: no rule applies it to every language.
  expect(css).not.toMatch(/:root\[data-font='dyslexic'\]\s*\{/);
});
