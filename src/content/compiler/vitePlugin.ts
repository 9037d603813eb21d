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

const INDEX = 'virtual:sango-content';
const PREFIX = `${INDEX}/`;
/** The content's ids only (a few hundred bytes), for checking an imported file without loading content. */
const IDS = 'virtual:sango-ids';

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
      if (id === INDEX || id.startsWith(PREFIX) || id === IDS) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${IDS}`)
        return `export default ${JSON.stringify(contentIds((result ?? compile()).content))};\n`;
      if (!id.startsWith(`\0${INDEX}`)) return null;
      const r = result ?? compile();
      if (id === `\0${INDEX}`) {
        const entries = r.content.map(
          (c) =>
            `  ${JSON.stringify(`${c.locale}/${c.tier}`)}: () => import(${JSON.stringify(PREFIX + c.locale + '/' + c.tier)}),`,
        );
        return `export const loaders = {\n${entries.join('\n')}\n};\n`;
      }
      const key = id.slice(`\0${PREFIX}`.length);
      const tier = r.content.find((c) => `${c.locale}/${c.tier}` === key);
      if (!tier) this.error(`unknown content module ${key}`);
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(tier))});\n`;
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
          const content = r.content.filter((c) => changed.includes(`${c.locale}/${c.tier}`));
          server.ws.send({ type: 'custom', event: 'sango:content', data: content });
        }
      });
    },
  };
}

/** Each locale-and-tier chunk as JSON, to tell which ones a change touched. */
function serialised(r: CompileResult | null): Map<string, string> {
  return new Map((r?.content ?? []).map((c) => [`${c.locale}/${c.tier}`, JSON.stringify(c)]));
}
