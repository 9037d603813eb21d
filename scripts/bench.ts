/**
 * `npm run bench [-- options]`: builds the app, serves it with gzip (scripts/lib/staticServer.ts, which behaves
 * like deploy/nginx.conf) and measures in Chromium, for four pages a child opens first (home, a storybook page,
 * a workbook exercise, a Net Rules question) in English and in Arabic:
 *   - the page's HTML on the wire (gzip), and what a slow first visit downloads before anything is painted;
 *   - the bytes of a cold first load by type;
 *   - the offline cold start;
 *   - Lighthouse (mobile) scores and metrics;
 * then how fast taps answer under a 6× slower CPU (a whole story, a sort exercise), the precache, the byte
 * budgets (also enforced in `npm test`) and the targets. With `--before <git ref>` the same is measured for that
 * version too (built in a scratch folder), side by side: "before → after".
 *
 * Options: --no-build (reuse dist/), --no-lighthouse, --no-taps, --lighthouse-runs N (median of N, default 1),
 * --before <ref> or --before-dist <dir>. Ports: SANGO_BENCH_PORT (4180, and the next one for "before") and
 * SANGO_BENCH_DEBUG_PORT (9230). Tables on screen, everything in bench-results/bench.json. Exits non-zero only
 * when a byte budget is broken: times are reported, never tested, because they depend on the machine.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { BUDGETS, measure, overBudget } from './lib/budgets.ts';
import { readPrecache } from './lib/precache.ts';
import { serveStatic } from './lib/staticServer.ts';
import { firstPaint, type FirstPaint } from './lib/bench/firstPaint.ts';
import { htmlGzipBytes } from './lib/bench/html.ts';
import { loadLighthouse, type LighthouseResult } from './lib/bench/lighthouse.ts';
import { median, offlineColdStart } from './lib/bench/offlineStart.ts';
import { BENCH_PAGES } from './lib/bench/pages.ts';
import { slowest, sortTaps, storyTaps, type TapTimes } from './lib/bench/taps.ts';
import { missedRunTargets, TARGETS, type PageResult } from './lib/bench/targets.ts';
import { coldTransfer, type TransferByType } from './lib/bench/transfer.ts';

const PORT = Number(process.env.SANGO_BENCH_PORT ?? 4180);
const DEBUG_PORT = Number(process.env.SANGO_BENCH_DEBUG_PORT ?? 9230);
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lighthouseRuns = Number(option('--lighthouse-runs') ?? 1);

if (!args.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

/** Builds another version of the app (a git ref) in a scratch folder, with this checkout's node_modules. */
function buildVersion(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sango-bench-before-'));
  execSync(`git archive ${ref} | tar -x -C ${dir}`, { stdio: 'inherit' });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  execSync('npx vite build --logLevel error', { cwd: dir, stdio: 'inherit' });
  return join(dir, 'dist');
}
const beforeRef = option('--before');
const beforeDist = option('--before-dist') ?? (beforeRef ? buildVersion(beforeRef) : undefined);

interface PageRun extends PageResult {
  path: string;
  transfer: TransferByType;
  offlineRunsMs: number[];
  firstPaint: FirstPaint;
  htmlGzip: number;
}
interface Run {
  label: string;
  dist: string;
  pages: PageRun[];
  taps: { story: TapTimes; sort: TapTimes } | null;
}

async function measureBuild(browser: Browser, label: string, dist: string, port: number): Promise<Run> {
  const server = await serveStatic(dist, port);
  try {
    const runLighthouse = args.includes('--no-lighthouse') ? null : await loadLighthouse(DEBUG_PORT);
    const pages: PageRun[] = [];
    for (const p of BENCH_PAGES) {
      const url = server.url + p.path;
      const htmlGzip = await htmlGzipBytes(url);
      const transfer = await coldTransfer(browser, url);
      const paint = await firstPaint(browser, url);
      const offlineRunsMs = await offlineColdStart(browser, url);
      let lighthouse: LighthouseResult | null = null;
      if (runLighthouse) {
        const all: LighthouseResult[] = [];
        for (let i = 0; i < lighthouseRuns; i++) all.push(await runLighthouse(url));
        lighthouse =
          [...all].sort((a, b) => a.performance - b.performance)[Math.floor(all.length / 2)] ?? null;
      }
      pages.push({
        name: p.name,
        path: p.path,
        htmlGzip,
        transfer,
        firstPaint: paint,
        offlineRunsMs,
        offlineStartMs: median(offlineRunsMs),
        lighthouse,
      });
      console.log(`${label}: measured ${p.name} (${p.path})`);
    }
    const taps = args.includes('--no-taps')
      ? null
      : { story: await storyTaps(browser, server.url), sort: await sortTaps(browser, server.url) };
    return { label, dist, pages, taps };
  } finally {
    await server.close();
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
});
const runs: Run[] = [];
try {
  if (beforeDist) runs.push(await measureBuild(browser, 'before', beforeDist, PORT + 1));
  runs.push(await measureBuild(browser, 'after', 'dist', PORT));
} finally {
  await browser.close();
}
const [before, after] = runs.length === 2 ? runs : [undefined, runs[0]];
if (!after) throw new Error('nothing measured');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
/** "before → after", or just "after" when there is no before. */
const both = <T>(pick: (r: Run) => T | undefined, show: (v: T) => string) => {
  const a = pick(after);
  const b = before ? pick(before) : undefined;
  const shown = a === undefined ? '–' : show(a);
  return before ? `${b === undefined ? '–' : show(b)} → ${shown}` : shown;
};
const table = (head: string[], rows: string[][]) => {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)) + 2);
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
};
const pageOf = (r: Run, i: number) => r.pages[i];
const rowsPerPage = (cells: ((i: number) => string)[]) =>
  BENCH_PAGES.map((p, i) => [p.name, ...cells.map((c) => c(i))]);

console.log(
  `\n${before ? `Before (${beforeRef ?? beforeDist}) → after (this checkout).` : 'This checkout.'}`,
);

if (after.pages[0]?.lighthouse) {
  console.log(
    `\nLighthouse 12, mobile, simulated throttling${lighthouseRuns > 1 ? `, median of ${lighthouseRuns}` : ''} ` +
      `(targets: perf ≥ ${TARGETS.performance}, FCP ≤ ${TARGETS.fcpMs} ms, LCP ≤ ${TARGETS.lcpMs} ms, ` +
      `TBT ≤ ${TARGETS.tbtMs} ms, CLS ≤ ${TARGETS.cls}, a11y and best practices 100):`,
  );
  const lh = (i: number, f: (l: LighthouseResult) => string) =>
    both((r) => pageOf(r, i)?.lighthouse ?? undefined, f);
  table(
    ['page', 'perf', 'FCP', 'LCP', 'TBT', 'CLS', 'a11y / bp'],
    rowsPerPage([
      (i) => lh(i, (l) => `${l.performance}`),
      (i) => lh(i, (l) => ms(l.fcpMs)),
      (i) => lh(i, (l) => ms(l.lcpMs)),
      (i) => lh(i, (l) => ms(l.tbtMs)),
      (i) => lh(i, (l) => l.cls.toFixed(3)),
      (i) => lh(i, (l) => `${l.accessibility}/${l.bestPractices}`),
    ]),
  );
  for (const p of after.pages) for (const f of p.lighthouse?.failed ?? []) console.log(`  ${p.name}: ${f}`);
} else console.log('\nLighthouse: not run (the `lighthouse` package is not installed, or --no-lighthouse).');

console.log(
  `\nThe page's HTML (gzip, target ≤ ${TARGETS.htmlGzipBytes / 1024} KB), and a first visit on a slow ` +
    'connection (150 ms, 1.6 Mbps, CPU 4×, applied): bytes on the wire before the first contentful paint, ' +
    'requests finished by then, and that paint:',
);
table(
  ['page', 'HTML gzip', 'bytes before first paint', 'requests', 'first paint'],
  rowsPerPage([
    (i) => both((r) => pageOf(r, i)?.htmlGzip, kb),
    (i) => both((r) => pageOf(r, i)?.firstPaint.bytes, kb),
    (i) => both((r) => pageOf(r, i)?.firstPaint.requests, String),
    (i) => both((r) => pageOf(r, i)?.firstPaint.fcpMs, ms),
  ]),
);

console.log('\nCold first load, bytes on the wire (gzip, headers included), no service worker:');
const types = ['document', 'script', 'stylesheet', 'font', 'other'];
const byType = (t: TransferByType, type: string) =>
  type === 'other'
    ? Object.entries(t)
        .filter(([k]) => k !== 'total' && !types.includes(k))
        .reduce((n, [, v]) => n + v, 0)
    : (t[type] ?? 0);
table(
  ['page', ...types, 'total'],
  rowsPerPage([
    ...types.map(
      (type) => (i: number) =>
        both(
          (r) => pageOf(r, i)?.transfer,
          (t) => kb(byType(t, type)),
        ),
    ),
    (i) => both((r) => pageOf(r, i)?.transfer.total, kb),
  ]),
);

console.log(
  `\nOffline cold start (service worker in control, network off, until the h1 is there), median of 7 ` +
    `(target < ${TARGETS.offlineStartMs} ms):`,
);
table(['page', 'median'], rowsPerPage([(i) => both((r) => pageOf(r, i)?.offlineStartMs, ms)]));

if (after.taps) {
  console.log(`\nTaps under a 6× slower CPU, Event Timing (target < ${TARGETS.tapMs} ms):`);
  const tapRow = (what: string, pick: (r: Run) => TapTimes | undefined, kind: string) => {
    const ofKind = (t: TapTimes) => t.taps.filter((x) => x.what === kind).map((x) => x.ms);
    return [
      what,
      both(
        (r) => pick(r),
        (t) => ms(slowest(t, kind)),
      ),
      both(
        (r) => pick(r),
        (t) => ms(median(ofKind(t))),
      ),
      both(
        (r) => pick(r),
        (t) => String(ofKind(t).length),
      ),
    ];
  };
  table(
    ['tap', 'slowest', 'median', 'taps'],
    [
      tapRow('story: next page', (r) => r.taps?.story, 'page turn'),
      tapRow('story: the choice', (r) => r.taps?.story, 'choice'),
      tapRow('sort: pick a card', (r) => r.taps?.sort, 'pick a card'),
      tapRow('sort: put it in a box', (r) => r.taps?.sort, 'put it in a box'),
    ],
  );
}

const precache = readPrecache('dist');
const precacheBytes = precache.reduce((a, e) => a + e.bytes, 0);
const precacheGzip = precache.reduce((a, e) => a + gzipSync(readFileSync(join('dist', e.url))).length, 0);
console.log(`\nPrecache: ${precache.length} entries, ${kb(precacheBytes)} raw, ${kb(precacheGzip)} gzip`);

const figures = measure('dist');
const homeFonts = after.pages[0]?.transfer.font ?? 0;
const row = (what: string, figure: number, budget: number) => [
  what,
  kb(figure),
  kb(budget),
  figure <= budget ? 'ok' : 'OVER',
];
console.log('');
table(
  ['budget (gzip unless said)', 'figure', 'budget', ''],
  [
    row('home initial JS + CSS', figures.homeInitial.jsCssGzip, BUDGETS.homeInitialJsCss),
    row('home fonts (woff2, on the wire)', homeFonts, BUDGETS.homeFonts),
    ...figures.tiers.map((t) => row(`${t.name} extra JS`, t.extraJsGzip, BUDGETS.tierExtraJs)),
    ...[...figures.content]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 1)
      .map((c) => row(`largest content (${c.key})`, c.gzip, BUDGETS.contentPerLocaleTier)),
    row(`largest image (${figures.largestImage.file})`, figures.largestImage.bytes, BUDGETS.image),
    row('whole precache (raw)', figures.precache.bytes, BUDGETS.precache),
  ],
);

const over = overBudget(figures, homeFonts);
const missed = missedRunTargets({
  pages: after.pages,
  taps: after.taps
    ? { pageTurnMs: slowest(after.taps.story, 'page turn'), sortMs: slowest(after.taps.sort) }
    : undefined,
  homeScriptBytes: after.pages[0]?.transfer.script,
});
console.log(over.length ? `\nOVER BUDGET:\n  ${over.join('\n  ')}` : '\nAll budgets hold.');
console.log(missed.length ? `Targets missed:\n  ${missed.join('\n  ')}` : 'All targets met.');

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      before: before ? { ref: beforeRef ?? null, ...before } : null,
      after,
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
