/**
 * Every page, every locale: pages are discovered by following links from each locale's home, then each is
 * checked for being hydrated over its prerendered HTML with no hydration error, its heading, language and
 * direction, leftover keys or "undefined"/"NaN", console errors,
 * horizontal overflow at three sizes, and serious accessibility problems (axe, WCAG 2.2 A/AA). Then, with
 * the network off, every crawled URL must open cold from the service worker; and again with the network on
 * but the server gone. The pages are served by a static host that behaves like the deploy config, so it can be
 * stopped.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { test, expect, serviceWorkerReady, animationsSettled } from './fixtures.ts';
import { smallTargets } from './targets.ts';

const SIZES = [
  { width: 360, height: 740 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
const MAX_PAGES = 80;
/** Where touch targets are measured: a phone, as children hold them. */
const PHONE = { width: 390, height: 844 };

async function linksOn(page: Page, locale: string): Promise<string[]> {
  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs
    .filter((h) => h.startsWith(`/${locale}/`) && !/\.[a-z0-9]+$/i.test(h))
    .map((h) => h.split('#')[0] ?? h);
}

/**
 * What the device keeps after a whole crawl: only Sango's keys, no cookies, and no free text. Every value in
 * the stored state must look like an id or a setting (lower-case letters, digits, hyphens), so a name or a
 * sentence stands out.
 */
async function storedProblems(page: Page): Promise<string[]> {
  const { local, session } = await page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.keys(sessionStorage),
  }));
  const problems: string[] = [];
  for (const key of Object.keys(local))
    if (!/^sango-(state|backup-[\w-]+)$/.test(key)) problems.push(`unexpected localStorage key ${key}`);
  // The tab's own keys: the open grown-ups gate, and the history chapter after a hand-over (numbers only).
  for (const key of session)
    if (key !== 'sango-grown-ups' && key !== 'sango-hand-over')
      problems.push(`unexpected sessionStorage key ${key}`);
  // Keys are the store's own field names and ids; values are ids and settings, never a person's words.
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(v))
      problems.push(`stored text that is not an id: ${JSON.stringify(v)}`);
    if (!v || typeof v !== 'object') return;
    for (const [key, inner] of Object.entries(v)) {
      if (!/^[a-zA-Z0-9][\w-]{0,63}$/.test(key))
        problems.push(`stored key that is not an id: ${JSON.stringify(key)}`);
      walk(inner);
    }
  };
  walk(JSON.parse(local['sango-state'] ?? 'null'));
  if ((await page.context().cookies()).length) problems.push('cookies were set');
  return problems;
}

/**
 * Declares one crawl test per locale, served on `port`. Two spec files share the six locales so the two test
 * workers crawl side by side (each file has its own server, so each can stop it).
 */
export function crawlLocales(locales: readonly string[], port: number): void {
  test.use({ baseURL: `http://localhost:${port}` });
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await serveStatic('dist', port);
  });
  test.afterAll(async () => {
    await server.close();
  });

  for (const locale of locales) {
    test(`crawl ${locale}: every page renders cleanly, accessibly, and offline`, async ({
      page,
      context,
    }) => {
      test.setTimeout(10 * 60_000);
      // Crawl behind the grown-ups gate too (the gate itself has its own tests and is in the a11y pages).
      await page.addInitScript(() => sessionStorage.setItem('sango-grown-ups', 'open'));
      const problems: string[] = [];
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      const queue = [`/${locale}/`];
      const seen = new Set(queue);
      const dir = locale === 'ar' ? 'rtl' : 'ltr';
      for (let i = 0; i < queue.length && i < MAX_PAGES; i++) {
        const url = queue[i] ?? '';
        errors.length = 0;
        await page.setViewportSize(SIZES[1] ?? { width: 1024, height: 768 });
        await page.goto(url);
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading, url).toBeVisible();
        // Every page arrives prerendered and is hydrated, not rendered again (a hydration error is a console
        // error: main.tsx reports each one React recovers from).
        const start = await page.locator('#root').getAttribute('data-start');
        if (start !== 'hydrate') problems.push(`${url}: not hydrated over its prerendered HTML (${start})`);
        // One h1 a page, printable parts included (a screen reader's outline starts there).
        const h1s = await page.locator('h1').count();
        if (h1s !== 1) problems.push(`${url}: ${h1s} h1 elements`);
        await expect(page.locator('html'), url).toHaveAttribute('lang', locale);
        await expect(page.locator('html'), url).toHaveAttribute('dir', dir);
        const text = await page.locator('body').innerText();
        for (const bad of ['[[', 'undefined', 'NaN'])
          if (text.includes(bad)) problems.push(`${url}: shows "${bad}"`);
        for (const size of SIZES) {
          await page.setViewportSize(size);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          if (overflow > 1)
            problems.push(`${url}: ${overflow}px horizontal overflow at ${size.width}×${size.height}`);
        }
        // Reflow (WCAG 1.4.10): at 320 px wide with the largest text, nothing may scroll sideways.
        await page.setViewportSize({ width: 320, height: 740 });
        const reflow = await page.evaluate(() => {
          const root = document.documentElement;
          const before = root.dataset.textSize ?? 'normal';
          root.dataset.textSize = 'largest';
          const overflow = root.scrollWidth - window.innerWidth;
          root.dataset.textSize = before;
          return overflow;
        });
        if (reflow > 1)
          problems.push(`${url}: ${reflow}px horizontal overflow at 320 px with the largest text`);
        await page.setViewportSize(PHONE);
        problems.push(...(await smallTargets(page, url)));
        await page.setViewportSize(SIZES[1] ?? { width: 1024, height: 768 });
        await animationsSettled(page); // colours are measured at rest, not mid page-turn
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
          problems.push(
            `${url}: axe ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        }
        if (errors.length) problems.push(`${url}: console errors: ${errors.join(' | ')}`);
        for (const link of await linksOn(page, locale)) {
          if (!seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
      }
      problems.push(...(await storedProblems(page)));
      expect(problems, `${queue.length} pages crawled`).toEqual([]);
      expect(queue.length).toBeGreaterThan(30);

      // Offline: every page opens cold from the service worker.
      await page.goto(`/${locale}/`);
      await serviceWorkerReady(page);
      await context.setOffline(true);
      for (const url of queue) {
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 }), `${url} offline`).toBeVisible();
      }
      await context.setOffline(false);

      // The server is gone (the school's network is up, the host is not): the same pages still open.
      await server.close();
      try {
        for (const url of queue) {
          await page.goto(url);
          await expect(
            page.getByRole('heading', { level: 1 }),
            `${url} with the server stopped`,
          ).toBeVisible();
        }
      } finally {
        server = await serveStatic('dist', port);
      }
      const summary = `${locale}: ${queue.length} pages crawled, all open offline and with the server stopped`;
      test.info().annotations.push({ type: 'pages', description: summary });
      console.log(summary);
    });
  }
}
