/**
 * `npm run bench` (first version): builds the app, serves it, loads the home page in Chromium and prints the
 * raw and gzip size of every file it loads, then the service worker's precache size. Results also go to
 * bench-results/bench.json. Budgets will live here, not in timed tests.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { BUDGETS, measure, overBudget } from './lib/budgets.ts';
import { readPrecache } from './lib/precache.ts';

const PORT = 4180;
if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const loaded: { path: string; type: string; raw: number; gzip: number }[] = [];
  page.on('response', async (res) => {
    const url = new URL(res.url());
    if (url.port !== String(PORT)) return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    const type = /\.(\w+)$/.exec(url.pathname)?.[1] ?? 'html';
    loaded.push({ path: url.pathname, type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(`http://localhost:${PORT}/en/`, { waitUntil: 'networkidle' });
  await page.close();

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\nHome page (/en/), first load, every file:');
  console.log(`${'file'.padEnd(56)}${'raw'.padStart(11)}${'gzip'.padStart(11)}`);
  for (const f of loaded.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${f.path.padEnd(56)}${kb(f.raw).padStart(11)}${kb(f.gzip).padStart(11)}`);
  }
  const sum = (types: string[]) =>
    loaded.filter((f) => types.includes(f.type)).reduce((a, f) => a + f.gzip, 0);
  const totals = {
    jsCssGzip: sum(['js', 'css']),
    fontsGzip: sum(['woff2']),
    allGzip: loaded.reduce((a, f) => a + f.gzip, 0),
    allRaw: loaded.reduce((a, f) => a + f.raw, 0),
  };
  console.log(
    `\nJS + CSS: ${kb(totals.jsCssGzip)} gzip · fonts: ${kb(totals.fontsGzip)} · all: ${kb(totals.allGzip)} gzip (${kb(totals.allRaw)} raw)`,
  );

  const precache = readPrecache('dist');
  const precacheBytes = precache.reduce((a, e) => a + e.bytes, 0);
  const precacheGzip = precache.reduce((a, e) => a + gzipSync(readFileSync(join('dist', e.url))).length, 0);
  console.log(`Precache: ${precache.length} entries, ${kb(precacheBytes)} raw, ${kb(precacheGzip)} gzip\n`);

  const figures = measure('dist');
  const row = (what: string, figure: number, budget: number) =>
    console.log(
      `${what.padEnd(44)}${kb(figure).padStart(11)}${kb(budget).padStart(11)}  ${figure <= budget ? 'ok' : 'OVER'}`,
    );
  console.log(`${'budget (gzip unless said)'.padEnd(44)}${'figure'.padStart(11)}${'budget'.padStart(11)}`);
  row('home initial JS + CSS', figures.homeInitial.jsCssGzip, BUDGETS.homeInitialJsCss);
  row('home fonts (raw woff2)', totals.fontsGzip, BUDGETS.homeFonts);
  for (const t of figures.tiers) row(`${t.name} extra JS`, t.extraJsGzip, BUDGETS.tierExtraJs);
  const biggest = [...figures.content].sort((a, b) => b.gzip - a.gzip)[0];
  if (biggest) row(`largest content (${biggest.key})`, biggest.gzip, BUDGETS.contentPerLocaleTier);
  row(`largest image (${figures.largestImage.file})`, figures.largestImage.bytes, BUDGETS.image);
  row('whole precache (raw)', figures.precache.bytes, BUDGETS.precache);
  const over = overBudget(figures, totals.fontsGzip);
  console.log(over.length ? `\nOVER BUDGET:\n  ${over.join('\n  ')}` : '\nAll budgets hold.');

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        home: { files: loaded, totals },
        precache: { entries: precache.length, bytes: precacheBytes, gzip: precacheGzip },
        budgets: { limits: BUDGETS, figures, over },
      },
      null,
      2,
    ),
  );
  process.exitCode = over.length ? 1 : 0;
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
