/** Targets the benchmark reports against (issue 16). They are not tests: times vary from machine to machine. */
import type { LighthouseResult } from './lighthouse.ts';

export const TARGETS = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 1500,
  fcpMs: 1200,
  cls: 0.01,
  tbtMs: 100,
  /** A page's HTML fits in the first round trip (about 14 KB: TCP's first window of 10 packets). */
  htmlGzipBytes: 14 * 1024,
  offlineStartMs: 150,
  tapMs: 100,
  /** All the script a cold first load of the home page moves, on the wire: no more than before prerendering. */
  homeScriptBytes: 141 * 1024,
} as const;

export interface PageResult {
  name: string;
  offlineStartMs: number;
  /** Gzip bytes of the page's HTML; undefined when not measured. */
  htmlGzip?: number;
  lighthouse: LighthouseResult | null;
}

export interface RunResult {
  pages: PageResult[];
  /** Slowest tap of each journey, in ms; absent when not measured. */
  taps?: { pageTurnMs: number; sortMs: number };
  /** Script bytes of a cold first load of the home page (English). */
  homeScriptBytes?: number;
}

/** Every target a page misses, as "page: what figure (target)". Empty when every target is met. */
export function missedTargets(pages: PageResult[]): string[] {
  const out: string[] = [];
  for (const p of pages) {
    const miss = (what: string, ok: boolean, figure: string, target: string) => {
      if (!ok) out.push(`${p.name}: ${what} ${figure} (target ${target})`);
    };
    miss(
      'offline cold start',
      p.offlineStartMs < TARGETS.offlineStartMs,
      `${Math.round(p.offlineStartMs)} ms`,
      `< ${TARGETS.offlineStartMs} ms`,
    );
    if (p.htmlGzip !== undefined)
      miss(
        'HTML',
        p.htmlGzip <= TARGETS.htmlGzipBytes,
        `${(p.htmlGzip / 1024).toFixed(1)} KB gzip`,
        `≤ ${TARGETS.htmlGzipBytes / 1024} KB`,
      );
    const lh = p.lighthouse;
    if (!lh) continue;
    miss(
      'performance',
      lh.performance >= TARGETS.performance,
      `${lh.performance}`,
      `≥ ${TARGETS.performance}`,
    );
    miss(
      'accessibility',
      lh.accessibility >= TARGETS.accessibility,
      `${lh.accessibility}`,
      `${TARGETS.accessibility}`,
    );
    miss(
      'best practices',
      lh.bestPractices >= TARGETS.bestPractices,
      `${lh.bestPractices}`,
      `${TARGETS.bestPractices}`,
    );
    miss('FCP', lh.fcpMs <= TARGETS.fcpMs, `${Math.round(lh.fcpMs)} ms`, `≤ ${TARGETS.fcpMs} ms`);
    miss('LCP', lh.lcpMs <= TARGETS.lcpMs, `${Math.round(lh.lcpMs)} ms`, `≤ ${TARGETS.lcpMs} ms`);
    miss('TBT', lh.tbtMs <= TARGETS.tbtMs, `${Math.round(lh.tbtMs)} ms`, `≤ ${TARGETS.tbtMs} ms`);
    miss('CLS', lh.cls <= TARGETS.cls, lh.cls.toFixed(3), `≤ ${TARGETS.cls}`);
  }
  return out;
}

/** The page targets, and those of the whole run: taps, and the home page's script. */
export function missedRunTargets(run: RunResult): string[] {
  const out = missedTargets(run.pages);
  const { taps, homeScriptBytes } = run;
  if (taps) {
    if (taps.pageTurnMs >= TARGETS.tapMs)
      out.push(`slowest story page turn ${Math.round(taps.pageTurnMs)} ms (target < ${TARGETS.tapMs} ms)`);
    if (taps.sortMs >= TARGETS.tapMs)
      out.push(`slowest sort tap ${Math.round(taps.sortMs)} ms (target < ${TARGETS.tapMs} ms)`);
  }
  if (homeScriptBytes !== undefined && homeScriptBytes > TARGETS.homeScriptBytes)
    out.push(
      `home page script ${(homeScriptBytes / 1024).toFixed(1)} KB on the wire (target ≤ ${TARGETS.homeScriptBytes / 1024} KB)`,
    );
  return out;
}
