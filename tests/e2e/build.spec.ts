/** Checks the production build itself: what the service worker precaches, and what the HTML contains. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { readPrecache } from '../../scripts/lib/precache.ts';
import { LOCALES } from '../../src/content/schema.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('the service worker precaches the whole app, every locale, the fonts and one shell per language', () => {
  const precached = new Set(readPrecache(DIST).map((e) => e.url));
  expect(precached).toContain('index.html');
  expect(precached).toContain('manifest.webmanifest');
  for (const icon of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png'])
    expect(precached).toContain(icon);
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|css|woff2|svg)$/.test(f));
  const missing = assets.filter((f) => !precached.has(`assets/${f}`));
  expect(missing, 'built assets that are not precached').toEqual([]);
  expect(assets.some((f) => f.endsWith('.woff2'))).toBe(true);

  // HTML: the app shell and one shell per language, never the ~600 prerendered pages.
  const html = [...precached].filter((u) => u.endsWith('.html')).sort();
  expect(html).toEqual(['index.html', ...LOCALES.map((l) => `shells/${l}.html`)].sort());
  for (const locale of LOCALES) {
    const shell = readFileSync(join(DIST, `shells/${locale}.html`), 'utf8');
    expect(shell).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    expect(shell).toContain('<div id="root"></div>');
  }

  const js = [...precached].filter((u) => u.endsWith('.js')).map((u) => readFileSync(join(DIST, u), 'utf8'));
  for (const locale of LOCALES) {
    // The JSON may be minified into a template literal or an escaped string: accept either quoting.
    const marker = new RegExp(`\\\\?"locale\\\\?":\\\\?"${locale}\\\\?",\\\\?"tier\\\\?":\\\\?"storybook`);
    expect(
      js.some((code) => marker.test(code)),
      `${locale} storybook content precached`,
    ).toBe(true);
  }
});

test('the built HTML has a strict CSP and no inline script or style', () => {
  const pages = [
    'index.html',
    ...LOCALES.map((l) => `shells/${l}.html`),
    ...LOCALES.map((l) => `${l}/storybook/right-to-play/2/index.html`),
  ];
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll(
      '&#39;',
      "'",
    );
    expect(csp, page).toContain("script-src 'self'");
    expect(csp, page).not.toContain('unsafe-inline');
    expect(csp, page).not.toContain('unsafe-eval');
    expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html, page).not.toMatch(/<style/);
    expect(html, page).not.toMatch(/\sstyle="/);
  }
});

/** A value from a Markdown file's front matter, or from a line after a directive. */
const md = (locale: string, file: string) => readFileSync(join(ROOT, 'content', locale, file), 'utf8');
const frontTitle = (text: string) => /^title: "?(.+?)"?$/m.exec(text)?.[1] ?? '';
const common = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, 'locales', locale, 'common.json'), 'utf8')) as {
    home: { title: string; tiers: { storybook: { title: string } } };
    grownUps: { title: string };
    settings: { title: string };
    notFound: { title: string };
  };

/** For each tier and language, a page, the words its h1 must hold, and words it must not (behind the gate). */
function samples(locale: string) {
  const strings = common(locale);
  const workbook = md(locale, 'workbook/01-know-your-rights.md');
  const guide = md(locale, 'grown-ups/01-for-parents.md');
  return [
    { path: '', h1: strings.home.title },
    { path: 'storybook/', h1: strings.home.tiers.storybook.title },
    { path: 'storybook/right-to-play/2', h1: frontTitle(md(locale, 'storybook/01-right-to-play.md')) },
    {
      path: 'workbook/know-your-rights/rights-or-wants/',
      h1: /::::exercise\{#rights-or-wants[^\n]*\n## (.+)\n/.exec(workbook)?.[1] ?? '',
    },
    { path: 'net-rules/you-have-rights/', h1: frontTitle(md(locale, 'net-rules/01-you-have-rights.md')) },
    { path: 'help/storybook/', h1: frontTitle(md(locale, 'help/01-storybook.md')) },
    // Behind the gate: the HTML is the gate, never the guide.
    {
      path: 'grown-ups/for-parents/',
      h1: strings.grownUps.title,
      never: /:::section\{#talk-together\}\n## (.+)\n/.exec(guide)?.[1] ?? 'the first section',
    },
    { path: 'settings', h1: strings.settings.title },
  ];
}

const decode = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

test('every tier in every language paints its own words from HTML, in its language and direction', () => {
  for (const locale of LOCALES) {
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    const pages = [
      ...samples(locale).map((s) => ({
        ...s,
        file: join(locale, s.path.replace(/\/?$/, '/'), 'index.html'),
      })),
      { path: '404', file: join(locale, '404.html'), h1: common(locale).notFound.title, never: undefined },
    ];
    for (const { file, h1, never } of pages) {
      const html = readFileSync(join(DIST, file), 'utf8');
      expect(h1, `${file}: expected heading`).not.toBe('');
      expect(html, file).toMatch(new RegExp(`<html lang="${locale}" dir="${dir}">`));
      const headings = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => decode(m[1] ?? ''));
      expect(headings, file).toEqual([h1]);
      expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''), file).toContain(h1);
      expect(html, file).toMatch(/<meta name="description" content="[^"]{8,}"/);
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, file).not.toMatch(/\sstyle=/);
      expect(html, file).not.toMatch(/opacity:\s*0/);
      if (never) expect(decode(html), `${file} shows what is behind the gate`).not.toContain(never);
    }
  }
});
