/**
 * Every shipped language is complete: each English story, module, rule and guide has its translation, and
 * every translation compiles with the English shape. (`npm run content:check` prints the same as a table.)
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { compileContent } from '../../src/content/compiler/compileAll.ts';
import { LOCALES, TIERS } from '../../src/content/locales.ts';

it('all six languages are at 100% in every area, with no content error', () => {
  const { errors, coverage } = compileContent(resolve('content'), 'content');
  expect(errors).toEqual([]);
  const incomplete = coverage
    .filter((c) => c.translated < c.total)
    .map((c) => `${c.locale}/${c.tier}: ${c.translated} of ${c.total} files translated`);
  expect(incomplete).toEqual([]);
  expect(new Set(coverage.map((c) => c.locale))).toEqual(new Set(LOCALES));
  for (const c of coverage) expect(TIERS).toContain(c.tier);
}, 30_000);
