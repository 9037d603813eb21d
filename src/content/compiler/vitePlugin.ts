/**
 * Vite plugin: compiles content/ once per build (and on every change in dev) into one lazily imported module
 * per locale and tier. Any content error fails the build with every problem listed as file:line.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileContent, type CompileResult } from './compileAll.ts';
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
  const compile = () => (result = compileContent(root, label));
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
        const r = compile();
        server.moduleGraph.idToModuleMap.forEach((mod, id) => {
          if (id.startsWith(`\0${INDEX}`) || id === `\0${IDS}`) server.moduleGraph.invalidateModule(mod);
        });
        if (r.errors.length) {
          server.config.logger.error(problems(r));
          server.ws.send({ type: 'error', err: { message: problems(r), stack: '' } });
        } else server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
