/** Checks the production build itself: what the service worker precaches, and what the HTML contains. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { readPrecache } from '../../scripts/lib/precache.ts';
import { LOCALES } from '../../src/content/schema.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

test('the service worker precaches the whole app, every locale and the fonts', () => {
  const precached = new Set(readPrecache(DIST).map((e) => e.url));
  expect(precached).toContain('index.html');
  expect(precached).toContain('manifest.webmanifest');
  for (const icon of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png'])
    expect(precached).toContain(icon);
  const assets = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|css|woff2|svg)$/.test(f));
  const missing = assets.filter((f) => !precached.has(`assets/${f}`));
  expect(missing, 'built assets that are not precached').toEqual([]);
  expect(assets.some((f) => f.endsWith('.woff2'))).toBe(true);

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
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll(
    '&#39;',
    "'",
  );
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style/);
  expect(html).not.toMatch(/\sstyle="/);
});
