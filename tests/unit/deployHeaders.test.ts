// @vitest-environment node
/**
 * public/_headers, read the way Netlify and Cloudflare Pages read it: every rule whose path matches applies, and
 * a header named by two matching rules is combined ("no-cache, public, max-age=31536000, immutable"). So no
 * header may be named by two rules that can match the same path; hashed assets are immutable, the shell, the
 * service worker, the manifest and every page are revalidated; every path gets nginx's security headers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/lib/previewServer.ts';
import { LOCALES } from '../../src/content/locales.ts';

const FILE = readFileSync(join(__dirname, '../../public/_headers'), 'utf8');
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Rule {
  pattern: string;
  headers: [string, string][];
}

function parse(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name = '', ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** `*` matches anything (slashes too), `:name` one segment, as both hosts define them. */
const matches = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
      .join('.*')}$`,
  ).test(path);

const RULES = parse(FILE);
const PAGES = [
  '/',
  ...LOCALES.flatMap((l) => [
    `/${l}/`,
    `/${l}/storybook/right-to-play/3`,
    `/${l}/seats`,
    `/${l}/storybook/index.html`,
    `/${l}/404.html`,
  ]),
];
const SHELL = ['/index.html', '/sw.js', '/manifest.webmanifest', '/shells/ar.html'];
const ASSETS = [
  '/assets/index-Ab12.js',
  '/assets/index-Cd34.css',
  '/assets/andika-latin-400-normal-Ef56.woff2',
];
const OTHERS = ['/favicon.svg', '/icons/icon-192.png', '/licenses/andika-OFL.txt', '/workbox-2fbc6a65.js'];

/** Every header each matching rule sets for `path`, by lower-case name. */
function headersFor(path: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const rule of RULES.filter((r) => matches(r.pattern, path)))
    for (const [name, value] of rule.headers)
      found.set(name.toLowerCase(), [...(found.get(name.toLowerCase()) ?? []), value]);
  return found;
}

describe('public/_headers on hosts that apply every matching rule', () => {
  it('says which hosts were considered', () => {
    expect(FILE).toMatch(/Netlify/);
    expect(FILE).toMatch(/Cloudflare Pages/);
  });

  it('never names a header in two rules that match the same path', () => {
    for (const path of [...PAGES, ...SHELL, ...ASSETS, ...OTHERS])
      for (const [name, values] of headersFor(path)) expect(values, `${path} ${name}`).toHaveLength(1);
  });

  it('hashed assets are immutable; the shell, the service worker, the manifest and pages are revalidated', () => {
    for (const path of ASSETS) expect(headersFor(path).get('cache-control'), path).toEqual([IMMUTABLE]);
    for (const path of [...SHELL, ...PAGES])
      expect(headersFor(path).get('cache-control'), path).toEqual(['no-cache']);
    for (const path of OTHERS)
      expect(headersFor(path).get('cache-control')?.join() ?? 'no-cache').not.toContain('immutable');
    expect(headersFor('/manifest.webmanifest').get('content-type')).toEqual(['application/manifest+json']);
  });

  it('every path gets the same security headers as nginx (deploy/security-headers.conf)', () => {
    const expected = securityHeaders();
    expect(expected.length).toBeGreaterThanOrEqual(6);
    for (const path of [...PAGES, ...SHELL, ...ASSETS, ...OTHERS])
      for (const [name, value] of expected)
        expect(headersFor(path).get(name.toLowerCase()), `${path} ${name}`).toEqual([value]);
  });
});
