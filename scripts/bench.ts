/**
 * `npm run bench [-- --no-build] [-- --no-lighthouse]`: builds the app, serves it with gzip (scripts/lib/
 * staticServer.ts, which behaves like deploy/nginx.conf) and measures, in Chromium, four pages a child opens
 * first: the bytes of a cold first load by type, the offline cold start, and Lighthouse (mobile) scores and
 * metrics; then the byte budgets (also enforced in `npm test`) and the targets. Tables on screen, everything
 * in bench-results/bench.json. Exits non-zero only when a byte budget is broken: times are reported, never
 * tested, because they depend on the machine.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { BUDGETS, measure, overBudget } from './lib/budgets.ts';
import { readPrecache } from './lib/precache.ts';
import { serveStatic } from './lib/staticServer.ts';
import { loadLighthouse, type LighthouseResult } from './lib/bench/lighthouse.ts';
import { median, offlineColdStart } from './lib/bench/offlineStart.ts';
import { BENCH_PAGES } from './lib/bench/pages.ts';
import { missedTargets, TARGETS, type PageResult } from './lib/bench/targets.ts';
import { coldTransfer, type TransferByType } from './lib/bench/transfer.ts';

const PORT = 4180;
const DEBUG_PORT = 9230;
const args = process.argv.slice(2);
if (!args.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pad = (cells: (string | number)[], widths: number[]) =>
  cells
    .map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)))
    .join('');

const server = await serveStatic('dist', PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
});
try {
  const runLighthouse = args.includes('--no-lighthouse') ? null : await loadLighthouse(DEBUG_PORT);
  const pages: (PageResult & { path: string; transfer: TransferByType; offlineRunsMs: number[] })[] = [];
  for (const p of BENCH_PAGES) {
    const url = server.url + p.path;
    const transfer = await coldTransfer(browser, url);
    const offlineRunsMs = await offlineColdStart(browser, url);
    let lighthouse: LighthouseResult | null = null;
    if (runLighthouse) lighthouse = await runLighthouse(url);
    pages.push({ ...p, transfer, offlineRunsMs, offlineStartMs: median(offlineRunsMs), lighthouse });
    console.log(`measured ${p.name} (${p.path})`);
  }

  const types = ['document', 'script', 'stylesheet', 'font', 'image', 'fetch', 'manifest', 'other'];
  const w = [22, ...types.map(() => 11), 11];
  console.log(
    '\nCold first load, bytes on the wire (gzip from the server, headers included), no service worker:',
  );
  console.log(pad(['page', ...types, 'total'], w));
  for (const p of pages) {
    console.log(pad([p.name, ...types.map((t) => kb(p.transfer[t] ?? 0)), kb(p.transfer.total)], w));
  }

  console.log(
    `\nOffline cold start (service worker in control, network off), median of 7 (target < ${TARGETS.offlineStartMs} ms):`,
  );
  for (const p of pages) {
    console.log(
      `  ${p.name.padEnd(20)} ${Math.round(p.offlineStartMs)} ms   (runs: ${p.offlineRunsMs.map(Math.round).join(', ')})`,
    );
  }

  if (runLighthouse) {
    const lw = [22, 7, 7, 7, 10, 10, 10, 8];
    console.log(
      '\nLighthouse 12, mobile, simulated throttling (targets: perf ≥ 98, a11y 100, best practices 100, LCP ≤ 1.8 s, CLS ≤ 0.01):',
    );
    console.log(pad(['page', 'perf', 'a11y', 'bp', 'FCP', 'LCP', 'TBT', 'CLS'], lw));
    for (const { name, lighthouse: l } of pages) {
      if (!l) continue;
      const ms = (n: number) => `${Math.round(n)} ms`;
      console.log(
        pad(
          [
            name,
            l.performance,
            l.accessibility,
            l.bestPractices,
            ms(l.fcpMs),
            ms(l.lcpMs),
            ms(l.tbtMs),
            l.cls.toFixed(3),
          ],
          lw,
        ),
      );
      for (const f of l.failed) console.log(`    failed audit: ${f}`);
    }
  } else {
    console.log('\nLighthouse: not run (the `lighthouse` package is not installed, or --no-lighthouse).');
  }

  const precache = readPrecache('dist');
  const precacheBytes = precache.reduce((a, e) => a + e.bytes, 0);
  const precacheGzip = precache.reduce((a, e) => a + gzipSync(readFileSync(join('dist', e.url))).length, 0);
  console.log(`\nPrecache: ${precache.length} entries, ${kb(precacheBytes)} raw, ${kb(precacheGzip)} gzip`);

  const figures = measure('dist');
  const homeFonts = pages[0]?.transfer.font ?? 0;
  const bw = [52, 11, 11, 6];
  const row = (what: string, figure: number, budget: number) =>
    console.log(pad([what, kb(figure), kb(budget), figure <= budget ? 'ok' : 'OVER'], bw));
  console.log(`\n${pad(['budget (gzip unless said)', 'figure', 'budget', ''], bw)}`);
  row('home initial JS + CSS', figures.homeInitial.jsCssGzip, BUDGETS.homeInitialJsCss);
  row('home fonts (woff2, on the wire)', homeFonts, BUDGETS.homeFonts);
  for (const t of figures.tiers) row(`${t.name} extra JS`, t.extraJsGzip, BUDGETS.tierExtraJs);
  const biggest = [...figures.content].sort((a, b) => b.gzip - a.gzip)[0];
  if (biggest) row(`largest content (${biggest.key})`, biggest.gzip, BUDGETS.contentPerLocaleTier);
  row(`largest image (${figures.largestImage.file})`, figures.largestImage.bytes, BUDGETS.image);
  row('whole precache (raw)', figures.precache.bytes, BUDGETS.precache);

  const over = overBudget(figures, homeFonts);
  const missed = missedTargets(pages);
  console.log(over.length ? `\nOVER BUDGET:\n  ${over.join('\n  ')}` : '\nAll budgets hold.');
  console.log(missed.length ? `Targets missed:\n  ${missed.join('\n  ')}` : 'All targets met.');

  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        pages,
        precache: { entries: precache.length, bytes: precacheBytes, gzip: precacheGzip },
        budgets: { limits: BUDGETS, figures, over },
        targets: { limits: TARGETS, missed },
      },
      null,
      2,
    ),
  );
  console.log('\nFull results: bench-results/bench.json');
  process.exitCode = over.length ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
