/**
 * `vite build` prerenders every page of every language, so a page's words paint from its HTML before any
 * script runs (and can be read with scripts off). After the browser build:
 *
 * 1. the app is built a second time for Node (src/entry-server.tsx, into a scratch folder);
 * 2. each page is rendered with React's static renderer and written as dist/{locale}/…/index.html: the built
 *    index.html with the page's `<html lang dir>`, title, description, stylesheets, preloads and markup;
 * 3. each language's not-found page goes to dist/{locale}/404.html (what a host serves for an unknown address
 *    in that language).
 *
 * The pages are never precached (the service worker keeps one empty shell per language, written here too, in
 * generateBundle, so the service worker's manifest lists them). Any React error, any style attribute that
 * matters, or a page that uses strings or content the browser would not load before hydrating it fails the
 * build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { fileFor, pageHtml, stripRestingStyles, withHead } from './html.ts';
import { pageLinks, readRouteModuleSources, type Manifest, type Needs } from './links.ts';
import { LANGUAGES } from '../../../src/i18n/languages.ts';
import { SHELL_DIR } from '../../../src/pwa/shells.ts';

/** What src/entry-server.tsx offers (written out here: the Node build's types do not include the app's). */
interface ServerEntry {
  LOCALES: readonly string[];
  pagesOf(locale: string): Promise<{ path: string; aliases: string[] }[]>;
  notFoundPath(locale: string): string;
  renderPage(path: string): Promise<{
    key: string;
    lang: string;
    dir: 'ltr' | 'rtl';
    title: string;
    description: string;
    html: string;
    needs: Needs;
  }>;
}

/** The folders the prerendered pages live in, which the service worker must not precache. */
export const PRERENDERED_GLOBS = LANGUAGES.map((l) => `${l.code}/**`);

interface Strings {
  app: { name: string };
  grownUps: { intro: string };
}

export function prerender(): Plugin {
  let config: ResolvedConfig;
  let template = '';
  return {
    name: 'sango-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    // The shells: the app with an empty root, one per language (so its lang, dir, title and description are
    // right before the app runs). The service worker answers an offline page with its language's shell.
    generateBundle(_options, bundle) {
      if (config.build.ssr) return;
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') this.error('no index.html in the bundle');
      template = String(index.source);
      for (const { code, dir } of LANGUAGES) {
        const strings = JSON.parse(
          readFileSync(join(config.root, `locales/${code}/common.json`), 'utf8'),
        ) as Strings;
        this.emitFile({
          type: 'asset',
          fileName: `${SHELL_DIR}/${code}.html`,
          source: withHead(template, {
            lang: code,
            dir,
            title: strings.app.name,
            description: strings.grownUps.intro,
            styles: [],
            modules: [],
          }),
        });
      }
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        if (config.build.ssr || !template) return;
        const started = Date.now();
        const outDir = resolve(config.root, config.build.outDir);
        // Inside the project, so the Node build's imports of react, i18next… resolve from node_modules.
        const scratch = resolve(config.root, 'node_modules/.sango-prerender', String(process.pid));
        try {
          await build({
            configFile: config.configFile,
            mode: config.mode,
            logLevel: 'warn',
            build: {
              ssr: 'src/entry-server.tsx',
              outDir: scratch,
              emptyOutDir: true,
              copyPublicDir: false,
              manifest: false,
              minify: false,
              rolldownOptions: { output: { entryFileNames: 'entry-server.mjs' } },
            },
          });
          const server = (await import(pathToFileURL(join(scratch, 'entry-server.mjs')).href)) as ServerEntry;
          const count = await writePages(server, outDir, config.root, template);
          config.logger.info(`prerendered ${count} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          rmSync(scratch, { recursive: true, force: true });
        }
      },
    },
  };
}

async function writePages(server: ServerEntry, outDir: string, root: string, template: string) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const modules = readRouteModuleSources(root);
  const problems: string[] = [];
  let count = 0;
  for (const locale of server.LOCALES) {
    for (const { path, aliases } of await server.pagesOf(locale)) {
      const page = await server.renderPage(path);
      const { html: markup, refused } = stripRestingStyles(page.html);
      for (const style of refused) problems.push(`${path}: style="${style}" (the CSP would refuse it)`);
      if (/<script\b/i.test(markup)) problems.push(`${path}: an inline script in the markup`);
      const links = pageLinks(manifest, modules, page.needs, locale);
      const html = pageHtml(template, { ...page, ...links }, page.key, markup);
      const files =
        path === server.notFoundPath(locale) ? [`${locale}/404.html`] : [path, ...aliases].map(fileFor);
      for (const file of files) {
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        writeFileSync(join(outDir, file), html);
      }
      count++;
    }
  }
  if (problems.length) throw new Error(`Prerendering failed:\n  ${problems.join('\n  ')}`);
  return count;
}
