/** The deploy config, tested on real nginx: cache rules, MIME types, 404s, security headers, deep links, offline. */
import { test, expect, serviceWorkerReady } from './fixtures.ts';
import { HAS_NGINX, NGINX_PORT } from '../../playwright.config.ts';

test.skip(!HAS_NGINX, 'nginx is not installed (CI installs it; on Debian: apt-get install nginx)');
test.use({ baseURL: `http://localhost:${NGINX_PORT}` });

const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

test('pages, the service worker and the manifest are revalidated; hashed assets are immutable', async ({
  request,
  page,
}) => {
  for (const path of ['/', '/en/', '/sw.js', '/manifest.webmanifest']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['cache-control'], path).toBe('no-cache');
  }
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toContain(
    'application/manifest+json',
  );
  await page.goto('/en/');
  const script = await page.locator('script[type="module"][src]').first().getAttribute('src');
  const asset = await request.get(script ?? '');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toContain('javascript');
});

test('a missing asset is a 404, not the app shell; a deep link is the app', async ({ request }) => {
  expect((await request.get('/assets/missing-123.js')).status()).toBe(404);
  expect((await request.get('/icons/missing.png')).status()).toBe(404);
  const deep = await request.get('/fr/storybook/privacy/3');
  expect(deep.status()).toBe(200);
  expect(await deep.text()).toContain('<div id="root">');
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of [
    '/',
    '/ar/net-rules/respect',
    '/sw.js',
    '/manifest.webmanifest',
    '/assets/missing.js',
  ]) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(SECURITY))
      expect(headers[name], `${path} ${name}`).toBe(value);
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['permissions-policy'], path).toContain('microphone=()');
    expect(headers['permissions-policy'], path).toContain('geolocation=()');
  }
});

test('under the CSP header, a deep link renders with no policy violation, and works offline', async ({
  page,
  context,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.goto('/en/storybook/right-to-play/2');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await serviceWorkerReady(page);
  await context.setOffline(true);
  await page.goto('/zh/workbook/be-nice/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
  expect(violations).toEqual([]);
});
