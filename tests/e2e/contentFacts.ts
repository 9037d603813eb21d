/** Facts the browser tests need, read from the English content itself so they cannot drift from it. */
import { readdirSync, readFileSync } from 'node:fs';
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

const RULES = fileURLToPath(new URL('../../content/en/net-rules/', import.meta.url));

/**
 * Each Net Rules rule: its id, title, and each question's right option, option ids, and whether it is in
 * Level 1.
 */
export function rules() {
  return readdirSync(RULES)
    .sort()
    .map((file) => {
      const text = readFileSync(RULES + file, 'utf8');
      const title = /^title: "?(.+?)"?$/m.exec(text)?.[1] ?? '';
      const questions = [...text.matchAll(/::::question\{#([a-z0-9-]+)( quick)?\}([\s\S]*?)\n::::\n/g)].map(
        (m) => ({
          quick: Boolean(m[2]),
          right: /:::option\{#[a-z0-9-]+ correct\}\n(.+)\n/.exec(m[3] ?? '')?.[1]?.trim() ?? '',
          options: [...(m[3] ?? '').matchAll(/:::option\{#([a-z0-9-]+)/g)].map((o) => o[1] ?? ''),
        }),
      );
      return { id: file.replace(/^\d\d-|\.md$/g, ''), title, questions };
    });
}

/** A sort exercise's bins and cards (each card's label and the bin it belongs in). */
export function sortExercise(file: string, id: string) {
  const text = readFileSync(
    fileURLToPath(new URL(`../../content/en/workbook/${file}`, import.meta.url)),
    'utf8',
  );
  const body = new RegExp(`::::exercise\\{#${id} [^\\n]*\\}\\n([\\s\\S]*?)\\n::::\\n`).exec(text)?.[1] ?? '';
  const bins = new Map(
    [...body.matchAll(/:::bin\{#([a-z0-9-]+)\}\n(.+)\n/g)].map((m) => [m[1], m[2]?.trim()]),
  );
  const cards = [...body.matchAll(/:::card\{#[a-z0-9-]+ bin="([a-z0-9-]+)"\}\n(.+)\n/g)].map((m) => ({
    label: (m[2] ?? '').trim(),
    bin: bins.get(m[1] ?? '') ?? '',
  }));
  if (!bins.size || !cards.length) throw new Error(`no sort exercise #${id} in ${file}`);
  return { bins: [...bins.values()], cards };
}
