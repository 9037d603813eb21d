/**
 * Which built files a page needs in its HTML, from Vite's manifest: the stylesheets of its area (render
 * blocking, or the page would paint unstyled and then jump), and the chunks its first render needs (its area,
 * its content, its strings), preloaded so they arrive alongside the entry instead of one after another.
 */
import { readFileSync } from 'node:fs';

export interface ManifestChunk {
  file: string;
  name?: string;
  dynamicImports?: string[];
  imports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** What a page needs, as app/preload.ts lists it. */
export interface Needs {
  module: string | null;
  tiers: string[];
  strings: string[];
  /** A Net Rules rule whose own chunk (cards and questions) the page renders. */
  rule?: string;
}

export function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key) || !manifest[key]) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

/** Route module name -> its source file, read from the one place that names them (src/app/routeModules.ts). */
export function routeModuleSources(source: string): Record<string, string> {
  const found = [...source.matchAll(/(\w+): \(\) => import\('\.\.\/([^']+)'\)/g)];
  if (found.length === 0) throw new Error('no route modules found in src/app/routeModules.ts');
  return Object.fromEntries(found.map((m) => [m[1] ?? '', `src/${m[2] ?? ''}`]));
}

export function readRouteModuleSources(root: string): Record<string, string> {
  return routeModuleSources(readFileSync(`${root}/src/app/routeModules.ts`, 'utf8'));
}

/**
 * The manifest key of a lazily imported module. A module that another chunk also imports statically is merged
 * into a shared chunk (`_SeatsPage-….js`), named after it, among the entry's dynamic imports.
 */
export function chunkOf(manifest: Manifest, source: string): string {
  if (manifest[source]) return source;
  const name = source.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '');
  const shared = (manifest['index.html']?.dynamicImports ?? []).filter(
    (k) => k.startsWith('_') && manifest[k]?.name === name,
  );
  if (shared.length !== 1 || !shared[0]) throw new Error(`${source} is not in the build's manifest`);
  return shared[0];
}

export function pageLinks(
  manifest: Manifest,
  modules: Record<string, string>,
  needs: Needs,
  locale: string,
): { styles: string[]; modules: string[] } {
  const entry = closure(manifest, 'index.html');
  const need = (key: string) => {
    if (!manifest[key]) throw new Error(`${key} is not in the build's manifest`);
    return key;
  };
  const keys = new Set<string>();
  if (needs.module) {
    const source = modules[needs.module];
    if (!source) throw new Error(`no source file for route module ${needs.module}`);
    for (const k of closure(manifest, chunkOf(manifest, source))) if (!entry.has(k)) keys.add(k);
  }
  for (const tier of needs.tiers) keys.add(need(`virtual:sango-content/${locale}/${tier}`));
  if (needs.rule) keys.add(need(`virtual:sango-content/${locale}/net-rules/${needs.rule}`));
  // i18next loads a namespace in the page's language and in English, its fallback (English common is in the
  // entry already).
  for (const ns of ['common', ...needs.strings])
    for (const lng of new Set([locale, 'en']))
      if (!(lng === 'en' && ns === 'common')) keys.add(need(`locales/${lng}/${ns}.json`));

  const entryCss = new Set([...entry].flatMap((k) => manifest[k]?.css ?? []));
  const styles = new Set<string>();
  const js = new Set<string>();
  for (const k of keys) {
    const chunk = manifest[k];
    if (!chunk) continue;
    js.add(chunk.file);
    for (const css of chunk.css ?? []) if (!entryCss.has(css)) styles.add(css);
  }
  return { styles: [...styles], modules: [...js] };
}
