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

/**
 * The spot exercises of a module, in order: each one's id and the names of the parts to tap (its flags). A
 * described picture is named as the app names it, "Picture: …".
 */
export function spotExercises(file: string): { id: string; flags: string[] }[] {
  const text = readFileSync(
    fileURLToPath(new URL(`../../content/en/workbook/${file}`, import.meta.url)),
    'utf8',
  );
  return [...text.matchAll(/::::exercise\{#([a-z0-9-]+) type="spot"[^\n]*\}\n([\s\S]*?)\n::::\n/g)].map(
    (m) => ({
      id: m[1] ?? '',
      flags: [...(m[2] ?? '').matchAll(/:::part\{([^}\n]*)\}\n(.+)\n/g)]
        .filter((p) => /(^| )flag( |$)/.test(p[1] ?? ''))
        .map((p) => `${/as="picture"/.test(p[1] ?? '') ? 'Picture: ' : ''}${(p[2] ?? '').trim()}`),
    }),
  );
}

const RULES = fileURLToPath(new URL('../../content/en/net-rules/', import.meta.url));

/** A Net Rules question as the tests play it: its kind, and the words of every right option, message or step. */
export interface RuleQuestion {
  quick: boolean;
  type: 'choice' | 'multi' | 'chat' | 'order';
  /** The right option (choice), every right option (multi), every red flag (chat), the steps in order (order). */
  right: string[];
  /** The ids of its options (choice, multi), which must never be stored. */
  options: string[];
}

/** Each Net Rules rule: its id, title, and each question's kind and right answers (and whether it is in Level 1). */
export function rules() {
  return readdirSync(RULES)
    .sort()
    .map((file) => {
      const text = readFileSync(RULES + file, 'utf8');
      const title = /^title: "?(.+?)"?$/m.exec(text)?.[1] ?? '';
      const questions = [
        ...text.matchAll(/::::question\{#([a-z0-9-]+)( quick)?(?: type="([a-z]+)")?\}([\s\S]*?)\n::::\n/g),
      ].map((m): RuleQuestion => {
        const type = (m[3] ?? 'choice') as RuleQuestion['type'];
        const body = m[4] ?? '';
        const first = (re: RegExp) => [...body.matchAll(re)].map((x) => (x[1] ?? '').trim());
        const right =
          type === 'chat'
            ? first(/:::message\{[^}\n]* flag\}\n(.+)\n/g)
            : type === 'order'
              ? first(/:::step\{[^}\n]*\}\n(.+)\n/g)
              : first(/:::option\{#[a-z0-9-]+ correct\}\n(.+)\n/g);
        const options = first(/:::option\{#([a-z0-9-]+)/g);
        return { quick: Boolean(m[2]), type, right, options };
      });
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
