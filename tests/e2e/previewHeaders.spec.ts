/**
 * `npm start` serves the build the way production does: the preview server sends the deploy config's security
 * headers and cache rules, a real 404 for a missing file, and no `/_headers`. Where nginx is installed, every
 * answer is compared with real nginx running deploy/nginx.conf.
 */
import type { APIRequestContext } from '@playwright/test';
import { HAS_NGINX, NGINX_PORT } from '../../playwright.config.ts';
import { IMMUTABLE, securityHeaders } from '../../scripts/lib/previewServer.ts';
import { test, expect } from './fixtures.ts';

const SECURITY = securityHeaders();
const COMPARED = [...SECURITY.map(([name]) => name.toLowerCase()), 'cache-control'];

/** Path → [status, Cache-Control] on both servers. */
const EXPECTED: Record<string, [number, string]> = {
  '/': [200, 'no-cache'],
  '/en/': [200, 'no-cache'],
  '/fr/storybook/right-to-play/3': [200, 'no-cache'],
  '/ar/settings': [200, 'no-cache'],
  '/zh/net-rules/level-1/': [200, 'no-cache'],
  '/ru/nowhere': [200, 'no-cache'],
  '/ru/404.html': [200, 'no-cache'],
  '/shells/ar.html': [200, 'no-cache'],
  '/xx/': [200, 'no-cache'],
  '/sw.js': [200, 'no-cache'],
  '/manifest.webmanifest': [200, 'no-cache'],
  '/icons/icon-192.png': [200, 'no-cache'],
  '/assets/missing-123.js': [404, 'no-cache'],
  '/icons/missing.png': [404, 'no-cache'],
  '/_headers': [404, 'no-cache'],
};

async function hashedAsset(request: APIRequestContext): Promise<string> {
  // The app shell names its entry in a module script (a prerendered page gives it to its start script).
  const html = await (await request.get('/')).text();
  const src = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'the shell loads a hashed script').toBeTruthy();
  return src ?? '';
}

test('the preview server sends the deploy headers and cache rules', async ({ request }) => {
  expect(SECURITY.length).toBeGreaterThanOrEqual(6);
  const paths = { ...EXPECTED, [await hashedAsset(request)]: [200, IMMUTABLE] as [number, string] };
  for (const [path, [status, cache]] of Object.entries(paths)) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(status);
    const headers = res.headers();
    for (const [name, value] of SECURITY) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    expect(headers['cache-control'], path).toBe(cache);
  }
  const missing = await request.get('/assets/missing-123.js');
  expect(await missing.text()).not.toContain('<div id="root">'); // a 404, not the app shell
});

test('the preview server answers like nginx, header for header', async ({ request, playwright }) => {
  test.skip(!HAS_NGINX, 'nginx is not installed: the deploy tests say so loudly');
  const nginx = await playwright.request.newContext({ baseURL: `http://localhost:${NGINX_PORT}` });
  const paths = [...Object.keys(EXPECTED), await hashedAsset(request)];
  for (const path of paths) {
    const [ours, theirs] = await Promise.all([request.get(path), nginx.get(path)]);
    expect(ours.status(), path).toBe(theirs.status());
    for (const name of COMPARED) expect(ours.headers()[name], `${path} ${name}`).toBe(theirs.headers()[name]);
    // The same page: a prerendered one, a language's not-found page, or the app shell.
    const page = (html: string) => [/<html[^>]*>/.exec(html)?.[0], /<div id="root"[^>]*>/.exec(html)?.[0]];
    if (ours.status() === 200) expect(page(await ours.text()), path).toEqual(page(await theirs.text()));
  }
  await nginx.dispose();
});
