/**
 * Turning the built index.html into a page of its own: its language and direction, its title and description,
 * the CSS and chunks the page needs, and its prerendered markup. Pure functions of strings, so they are tested
 * without a build (tests/unit/prerenderHtml.test.ts).
 */

export interface PageHead {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** Stylesheets the page's area needs beyond the entry's. */
  styles: string[];
  /** Chunks (JS) the page's first render needs beyond the entry's: asked for together, not found one by one. */
  modules: string[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`index.html has no ${what}`);
  return html.replace(pattern, () => replacement);
}

/** The template with a page's head: language, direction, title, description, and its own links. */
export function withHead(template: string, head: PageHead): string {
  let html = replaceOnce(
    template,
    /<html\b[^>]*>/,
    `<html lang="${escapeAttr(head.lang)}" dir="${head.dir}">`,
    '<html> tag',
  );
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeText(head.title)}</title>`, '<title>');
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${escapeAttr(head.description)}" />`,
    'meta description',
  );
  const links = [...head.styles.map((href) => `<link rel="stylesheet" crossorigin href="/${href}">`)];
  return links.length ? html.replace('</head>', () => `${links.join('\n    ')}\n  </head>`) : html;
}

/**
 * The app of a prerendered page starts just after its first paint. Its code (the entry, and the chunks the page
 * needs: `modules`) is not named in the head, where it would be fetched alongside the stylesheets and the fonts
 * and hold back the first paint on a slow connection; the page's start script (src/app/pageStart.ts) is given
 * the list and asks for all of it at once, in parallel, once the words are on screen.
 */
export function startAfterFirstPaint(html: string, modules: string[]): string {
  const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
  const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
  const START = /<script src="([^"]*\/start-[\w-]+\.js)"><\/script>/;
  const entry = ENTRY.exec(html)?.[1];
  const start = START.exec(html)?.[1];
  if (!entry || !start) throw new Error('index.html has no entry module script or no start script');
  const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1] ?? '');
  const all = [...new Set([...preloads, ...modules.map((m) => `/${m}`)])];
  return html
    .replace(ENTRY, '')
    .replace(PRELOAD, '')
    .replace(
      START,
      () =>
        `<script src="${start}" data-app="${escapeAttr(entry)}" data-preload="${escapeAttr(all.join(' '))}"></script>`,
    );
}

/** A page: its head, and its markup in the root, marked with the page it is. No "needs JavaScript" notice. */
export function pageHtml(template: string, head: PageHead, key: string, markup: string): string {
  const html = replaceOnce(
    startAfterFirstPaint(withHead(template, head), head.modules),
    /<div id="root"><\/div>/,
    `<div id="root" data-page="${escapeAttr(key)}">${markup}</div>`,
    'empty <div id="root">',
  );
  return html.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
}

/**
 * The style attributes in rendered markup. The CSP forbids them (style-src 'self'), so the prerender removes
 * them; but only those that restate what an element looks like at rest anyway (framer-motion writes its
 * resting values, `opacity:1` and `transform:none`, on every animated element). Any other is an error: removing
 * it would change the page.
 */
export function stripRestingStyles(markup: string): { html: string; refused: string[] } {
  const refused: string[] = [];
  const RESTING = /^(opacity:\s*1|transform:\s*none)$/;
  const html = markup.replace(/\sstyle="([^"]*)"/g, (whole, value: string) => {
    const declarations = value
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    if (declarations.every((d) => RESTING.test(d))) return '';
    refused.push(value);
    return whole;
  });
  return { html, refused };
}

/** Where a page's address is written: `/en/storybook/` and `/en/settings` both get a folder's index.html. */
export function fileFor(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean.endsWith('/') || clean === '' ? `${clean}index.html` : `${clean}/index.html`;
}
