/** Facts the browser tests need, read from the English content itself so they cannot drift from it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The statements of exercise 5 ("Truth or lie?") and whether each is true. */
export function trustStatements(): { label: string; answer: boolean }[] {
  const file = fileURLToPath(new URL('../../content/en/workbook/03-truth-or-lie.md', import.meta.url));
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/:::statement\{#[a-z0-9-]+ answer="(true|false)"\}\n(.+)\n/g)].map((m) => ({
    answer: m[1] === 'true',
    label: (m[2] ?? '').trim(),
  }));
}
