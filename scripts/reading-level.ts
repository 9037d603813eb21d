/**
 * `npx tsx scripts/reading-level.ts [files...]`: Flesch–Kincaid grade of the words a child reads in each
 * English content file (front matter titles and directive lines are left out, and so are the workbook's
 * educator notes: they are written for adults, and CONTENT.md's targets are for children's text). Syllables are counted with
 * the usual vowel-group heuristic, which is close enough to compare with the targets in CONTENT.md
 * (storybook about 2, workbook about 5, Net Rules about 8).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

export function proseOf(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^:::educator\n[\s\S]*?^:::$/m, '');
  return body
    .split('\n')
    .filter((l) => !/^\s*:{3,}/.test(l))
    .join('\n')
    .replace(/^#+\s*/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '');
}

export function fleschKincaid(text: string): { grade: number; words: number; sentences: number } {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)|\n\s*\n/).filter((s) => /[a-z]/i.test(s)).length);
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / Math.max(1, words.length)) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences };
}

const args = process.argv.slice(2);
const files = args.length
  ? args
  : ['storybook', 'workbook', 'net-rules'].flatMap((tier) => {
      const dir = join('content/en', tier);
      try {
        return readdirSync(dir)
          .filter((f) => f.endsWith('.md'))
          .map((f) => join(dir, f));
      } catch {
        return [];
      }
    });
for (const file of files) {
  const r = fleschKincaid(proseOf(readFileSync(file, 'utf8')));
  console.log(
    `${file.padEnd(52)} grade ${String(r.grade).padStart(5)}  (${r.words} words, ${r.sentences} sentences)`,
  );
}
