/** Targets the benchmark reports against. They are not tests: times vary from machine to machine. */
import type { LighthouseResult } from './lighthouse.ts';

export const TARGETS = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 1800,
  cls: 0.01,
  offlineStartMs: 400,
} as const;

export interface PageResult {
  name: string;
  offlineStartMs: number;
  lighthouse: LighthouseResult | null;
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
    miss('LCP', lh.lcpMs <= TARGETS.lcpMs, `${Math.round(lh.lcpMs)} ms`, `≤ ${TARGETS.lcpMs} ms`);
    miss('CLS', lh.cls <= TARGETS.cls, lh.cls.toFixed(3), `≤ ${TARGETS.cls}`);
  }
  return out;
}
