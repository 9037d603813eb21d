/**
 * The small script every page runs before its first paint (src/app/pageStart.ts): it puts the stored display
 * settings (text size, contrast, dyslexia font, motion, classroom) on `<html>`, so a prerendered page paints in
 * them at once, and it starts the app of a prerendered page just after that paint. The CSP allows no inline
 * script, so it is a file: a classic script in the head (a module would run too late), with a hashed name so it
 * is cached for a year and precached.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2018',
      lib: { entry, formats: ['iife'], name: 'sangoStart' },
      rolldownOptions: { output: { entryFileNames: 'start.js' } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs)
    if ('output' in out)
      for (const chunk of out.output) if (chunk.type === 'chunk' && chunk.isEntry) return chunk.code;
  throw new Error(`could not build ${entry}`);
}

export function pageStartScript(): Plugin {
  let config: ResolvedConfig;
  let fileName = '';
  return {
    name: 'sango-page-start',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config.build.ssr) return;
      const source = await bundle(resolve(config.root, 'src/app/pageStart.ts'));
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      fileName = `${config.build.assetsDir}/start-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!fileName) return html;
        // Right after the charset (and the CSP meta before it): fetched first, run before anything paints.
        return html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    <script src="/${fileName}"></script>`);
      },
    },
  };
}
