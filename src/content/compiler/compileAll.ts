/** Compiles the whole content tree: every locale and tier, English first, translations checked against it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, TIERS, type Locale, type Tier, type TierContent, type TierItem } from '../schema.ts';
import { compileFile, type CompiledFile } from './compileFile.ts';
import { ErrorSink, type ContentError } from './errors.ts';
import { checkParity } from './parity.ts';

export interface Coverage {
  locale: Locale;
  tier: Tier;
  total: number;
  translated: number;
}

export interface CompileResult {
  content: TierContent[];
  errors: ContentError[];
  coverage: Coverage[];
}

function listMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();
}

/** @param root absolute path of the content folder; @param label how files are named in messages. */
/**
 * Compiled files kept between compiles in development, by path: a file whose bytes have not changed is not
 * parsed again. Each entry holds the errors of its own compile only; checks against English are made afresh.
 */
export type CompileCache = Map<string, { bytes: Buffer; file: CompiledFile }>;

function compileCached(
  cache: CompileCache | undefined,
  label: string,
  path: string,
  tier: Tier,
): CompiledFile {
  const bytes = readFileSync(path);
  const hit = cache?.get(path);
  const fresh = hit && hit.bytes.equals(bytes) ? hit.file : compileFile(label, bytes, tier);
  if (cache && fresh !== hit?.file) cache.set(path, { bytes, file: fresh });
  // A copy with its own error list: the English comparison below adds to it, and must not pile up in the cache.
  const sink = new ErrorSink(fresh.sink.file);
  sink.errors.push(...fresh.sink.errors);
  return { ...fresh, sink };
}

export function compileContent(root: string, label = 'content', cache?: CompileCache): CompileResult {
  const errors: ContentError[] = [];
  const content: TierContent[] = [];
  const coverage: Coverage[] = [];
  const top = new ErrorSink(label);
  for (const entry of listMarkdown(root)) {
    // Notes for writers and translators (CORE-MESSAGES.md, README.md) sit beside the locale folders.
    if (/^[A-Z][A-Z0-9-]*\.md$/.test(entry) && statSync(join(root, entry)).isFile()) continue;
    const isLocaleDir =
      (LOCALES as readonly string[]).includes(entry) && statSync(join(root, entry)).isDirectory();
    if (!isLocaleDir) top.add(1, `"${entry}" is not a locale folder (expected one of ${LOCALES.join(', ')})`);
    else {
      for (const tier of listMarkdown(join(root, entry))) {
        if (!(TIERS as readonly string[]).includes(tier)) {
          top.add(1, `"${entry}/${tier}" is not a tier folder (expected one of ${TIERS.join(', ')})`);
        }
      }
    }
  }
  errors.push(...top.errors);

  for (const tier of TIERS) {
    const compileDir = (locale: Locale) =>
      listMarkdown(join(root, locale, tier)).map((name) =>
        compileCached(cache, `${label}/${locale}/${tier}/${name}`, join(root, locale, tier, name), tier),
      );
    const english = compileDir('en');
    checkUnique(english, errors);
    for (const f of english) errors.push(...f.sink.errors);

    for (const locale of LOCALES) {
      const translated = locale === 'en' ? english : compileDir(locale);
      const items: TierItem[] = [];
      let done = 0;
      for (const tr of translated) {
        if (!english.some((en) => en.id === tr.id && en.order === tr.order)) {
          tr.sink.add(
            1,
            `has no English original (expected a file with the same name in ${label}/en/${tier}/)`,
          );
        }
      }
      for (const en of english) {
        const tr = translated.find((t) => t.id === en.id && t.order === en.order);
        if (tr && tr !== en) checkParity(en, tr, tr.sink, en.sink.file);
        if (tr) done++;
        const doc = tr?.doc ?? (en.doc ? { ...en.doc, untranslated: true } : null);
        if (doc) items.push(doc);
      }
      if (locale !== 'en') for (const tr of translated) errors.push(...tr.sink.errors);
      content.push({ locale, tier, items });
      coverage.push({ locale, tier, total: english.length, translated: done });
    }
  }
  return { content, errors, coverage };
}

function checkUnique(files: CompiledFile[], errors: ContentError[]): void {
  const seen = new Map<string, string>();
  for (const f of files) {
    for (const key of [`id ${f.id}`, `number ${String(f.order).padStart(2, '0')}`]) {
      const first = seen.get(key);
      if (first)
        errors.push({ file: f.sink.file, line: 1, message: `duplicate ${key} (also used by ${first})` });
      else seen.set(key, f.sink.file);
    }
  }
}
