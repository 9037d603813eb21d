/**
 * `npm run content:check`: compiles every locale's content, prints a coverage table per locale and tier,
 * lists every error as file:line, and exits non-zero if there is any error.
 * Pass `--require-complete` to also fail when a locale is below 100% (for shipped locales).
 */
import { resolve } from 'node:path';
import { compileContent } from '../src/content/compiler/compileAll.ts';
import { formatError } from '../src/content/compiler/errors.ts';
import { LOCALES, TIERS } from '../src/content/schema.ts';

const dir =
  process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) ?? 'content';
const { errors, coverage } = compileContent(resolve(dir), dir);

const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.floor((100 * n) / d)}%`);
const header = ['locale', ...TIERS, 'all'];
const rows = LOCALES.map((locale) => {
  const mine = coverage.filter((c) => c.locale === locale);
  const cells = TIERS.map((tier) => {
    const c = mine.find((x) => x.tier === tier);
    return c ? `${c.translated}/${c.total} ${pct(c.translated, c.total)}` : '—';
  });
  const t = mine.reduce((a, c) => a + c.total, 0);
  const d = mine.reduce((a, c) => a + c.translated, 0);
  return [locale, ...cells, `${d}/${t} ${pct(d, t)}`];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log('Content coverage (translated files / English files):\n');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
console.log('\nFiles not yet translated fall back to English in the app, marked as untranslated.');

let failed = errors.length > 0;
if (errors.length) {
  console.error(`\n${errors.length} content error(s):`);
  for (const e of errors) console.error(`  ${formatError(e)}`);
}
if (process.argv.includes('--require-complete')) {
  const incomplete = coverage.filter((c) => c.translated < c.total);
  for (const c of incomplete)
    console.error(`  ${c.locale}/${c.tier} is ${pct(c.translated, c.total)} translated`);
  failed ||= incomplete.length > 0;
}
console.log(failed ? '\ncontent check FAILED' : '\ncontent check passed');
process.exit(failed ? 1 : 0);
