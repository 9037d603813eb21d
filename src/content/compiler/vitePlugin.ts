/**
 * Vite plugin: compiles content/ once per build (and on every change in dev) into one lazily imported module
 * per locale and tier. Any content error fails the build with every problem listed as file:line.
 *
 * In development a change recompiles only the files whose bytes changed, and sends the locale-and-tier chunks
 * that came out different to the page (the `sango:content` event, taken up by loader.ts), so a translator sees
 * their sentence change in place, without a reload.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileContent, type CompileCache, type CompileResult } from './compileAll.ts';
import { contentIds } from './contentIds.ts';
import { formatError } from './errors.ts';
import { summaryOf } from '../netRulesSchema.ts';
import type { TierContent } from '../schema.ts';

const INDEX = 'virtual:sango-content';
const PREFIX = `${INDEX}/`;
/** The content's ids only (a few hundred bytes), for checking an imported file without loading content. */
const IDS = 'virtual:sango-ids';
/** The rule ids alone: the store's migrations need them at start-up, so they are kept small (no item ids). */
const RULE_IDS = 'virtual:sango-rule-ids';

export function sangoContent(options: { dir?: string } = {}): Plugin {
  let root = '';
  let result: CompileResult | null = null;
  const label = options.dir ?? 'content';
  const cache: CompileCache = new Map();
  const compile = () => (result = compileContent(root, label, cache));
  const problems = (r: CompileResult) =>
    `Content has ${r.errors.length} error(s):\n` + r.errors.map((e) => `  ${formatError(e)}`).join('\n');

  return {
    name: 'sango-content',
    enforce: 'pre',
    configResolved(config) {
      root = resolve(config.root, options.dir ?? 'content');
    },
    buildStart() {
      const r = compile();
      this.addWatchFile(root);
      if (r.errors.length) this.error(problems(r));
    },
    resolveId(id) {
      if (id === INDEX || id.startsWith(PREFIX) || id === IDS || id === RULE_IDS) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${IDS}`)
        return `export default ${JSON.stringify(contentIds((result ?? compile()).content))};\n`;
      if (id === `\0${RULE_IDS}`)
        return `export default ${JSON.stringify(contentIds((result ?? compile()).content).rules)};\n`;
      if (!id.startsWith(`\0${INDEX}`)) return null;
      const chunks = chunksOf((result ?? compile()).content);
      if (id === `\0${INDEX}`) {
        const entries = [...chunks.keys()].map(
          (key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(PREFIX + key)}),`,
        );
        return `export const loaders = {\n${entries.join('\n')}\n};\n`;
      }
      const key = id.slice(`\0${PREFIX}`.length);
      const chunk = chunks.get(key);
      if (chunk === undefined) this.error(`unknown content module ${key}`);
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(chunk)});\n`;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(root)) return;
        const before = serialised(result);
        const r = compile();
        if (r.errors.length) {
          server.config.logger.error(problems(r));
          server.ws.send({ type: 'error', err: { message: problems(r), stack: '' } });
          return;
        }
        const after = serialised(r);
        const changed = [...after.keys()].filter((key) => after.get(key) !== before.get(key));
        const added = [...after.keys()].some((key) => !before.has(key));
        const stale = new Set([...changed.map((key) => `\0${PREFIX}${key}`), `\0${IDS}`]);
        if (added) stale.add(`\0${INDEX}`);
        server.moduleGraph.idToModuleMap.forEach((mod, id) => {
          if (stale.has(id)) server.moduleGraph.invalidateModule(mod);
        });
        if (added) server.ws.send({ type: 'full-reload' });
        else if (changed.length) {
          const data = changed.map((key) => ({
            key,
            value: JSON.parse(after.get(key) ?? 'null') as unknown,
          }));
          server.ws.send({ type: 'custom', event: 'sango:content', data });
        }
      });
    },
  };
}

/** Each content chunk as JSON, to tell which ones a change touched. */
function serialised(r: CompileResult | null): Map<string, string> {
  return chunksOf(r?.content ?? []);
}

/**
 * The content as the app loads it, by key: one chunk per locale and tier; the Net Rules tier holds each rule's
 * summary (title, line, quick question) and each rule's cards and questions are a chunk of their own
 * (`en/net-rules/respect`), loaded when the rule is opened. Values are JSON text.
 */
export function chunksOf(content: readonly TierContent[]): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const c of content) {
    const key = `${c.locale}/${c.tier}`;
    if (c.tier !== 'net-rules') {
      chunks.set(key, JSON.stringify(c));
      continue;
    }
    const items = c.items.map((i) => (i.kind === 'rule' ? summaryOf(i) : i));
    chunks.set(key, JSON.stringify({ ...c, items }));
    for (const i of c.items) if (i.kind === 'rule') chunks.set(`${key}/${i.id}`, JSON.stringify(i));
  }
  return chunks;
}
