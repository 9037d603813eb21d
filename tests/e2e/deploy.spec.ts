/**
 * The deploy config, tested on real nginx: cache rules, MIME types, 404s, security headers (on errors too),
 * compression, deep links, offline. Without nginx these tests are skipped, and say so; in CI that is a failure.
 */
import { test, expect, serviceWorkerReady } from './fixtures.ts';
import { HAS_NGINX, NGINX_PORT } from '../../playwright.config.ts';
import { securityHeaders } from '../../scripts/lib/previewServer.ts';
import { rawRequest } from './rawHttp.ts';

const MISSING = 'nginx is not installed (CI installs it; on Debian: apt-get install nginx)';

test('nginx is there to test the deploy config', () => {
  if (process.env.CI) expect(HAS_NGINX, `CI must test the deploy config: ${MISSING}`).toBe(true);
  test.skip(!HAS_NGINX, MISSING);
});

test.describe('on real nginx', () => {
  test.skip(!HAS_NGINX, MISSING);
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

  test('a missing asset is a 404, not the app shell; a deep link is its prerendered page', async ({
    request,
  }) => {
    expect((await request.get('/assets/missing-123.js')).status()).toBe(404);
    expect((await request.get('/icons/missing.png')).status()).toBe(404);
    // A clean URL, with or without its last slash, answers with its own page, in its language and direction.
    for (const path of [
      '/ar/storybook/privacy/3',
      '/ar/storybook/privacy/3/',
      '/ar/settings',
      '/ar/net-rules',
    ]) {
      const deep = await request.get(path);
      expect(deep.status(), path).toBe(200);
      const html = await deep.text();
      expect(html, path).toContain('<html lang="ar" dir="rtl">');
      expect(html, path).toMatch(/<div id="root" data-page="\/ar\/[^"]+"><!--\$--><div class="shell"/);
    }
    // An address in a language that is no page: that language's not-found page (the app, which says so).
    const lost = await request.get('/fr/nowhere/at/all');
    expect(lost.status()).toBe(200);
    expect(await lost.text()).toContain('<div id="root" data-page="not-found:fr">');
    // Anything else: the app shell.
    const other = await request.get('/xx/somewhere');
    expect(other.status()).toBe(200);
    expect(await other.text()).toContain('<div id="root"></div>');
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

  test('a missing asset is never cached for a year: only a hashed asset that exists is immutable', async ({
    request,
  }) => {
    for (const path of ['/assets/missing-123.js', '/assets/index-0000.css', '/assets/fonts/missing.woff2']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      const cache = res.headers()['cache-control'] ?? '';
      expect(cache, path).toBe('no-cache');
      expect(cache, path).not.toContain('immutable');
      expect(res.headers()['x-frame-options'], path).toBe('DENY');
    }
  });

  test('compressed answers say they vary by Accept-Encoding, so shared caches keep both', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const script = /<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
    const style = /<link rel="stylesheet"[^>]* href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1] ?? '';
    expect(script, 'the app shell names its entry').not.toBe('');
    expect(style, 'and its stylesheet').not.toBe('');
    for (const path of [script, style, '/en/', '/manifest.webmanifest']) {
      const res = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-encoding'], path).toBe('gzip');
      expect(res.headers()['vary'] ?? '', path).toMatch(/accept-encoding/i);
    }
  });

  test('errors nginx raises before choosing a location carry the security headers, and hide its version', async () => {
    const early = [
      ['a broken escape', 'GET /en/%E0%A4%A HTTP/1.1', 400],
      ['a lone %', 'GET /en/% HTTP/1.1', 400],
      ['an address too long', `GET /en/${'a'.repeat(12_000)} HTTP/1.1`, 414],
      ['a method not allowed', 'TRACE /en/ HTTP/1.1', 405],
    ] as const;
    for (const [what, line, status] of early) {
      const res = await rawRequest(NGINX_PORT, line);
      expect(res.status, what).toBe(status);
      for (const [name, value] of securityHeaders())
        expect(res.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
      expect(res.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
      expect(res.headers['server'], what).toBe('nginx');
      expect(res.body, what).not.toMatch(/nginx\/\d/);
    }
    const ok = await rawRequest(NGINX_PORT, 'GET /en/ HTTP/1.1');
    expect(ok.headers['server']).toBe('nginx');
  });

  test('a page address with a broken escape gets the app, which says "not found"', async ({
    page,
    request,
  }) => {
    const raw = await rawRequest(NGINX_PORT, 'GET /en/%E0%A4%A HTTP/1.1');
    expect(raw.body).toContain('<div id="root"></div>');
    expect((await request.get('/en/%ff')).status()).toBe(200);
    for (const path of ['/en/%ff', '/en/%E0%A4%A', '/en/%']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText("We can't find this page");
    }
  });

  test('the header rules for other hosts (/_headers) are not served', async ({ request }) => {
    const res = await request.get('/_headers');
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain('Content-Security-Policy');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });
});
