/** The benchmark's target report: each miss names the page, the figure and the target; a clean run says nothing. */
import { describe, expect, it } from 'vitest';
import { missedTargets, TARGETS, type PageResult } from '../../scripts/lib/bench/targets.ts';

const good = {
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  fcpMs: 900,
  lcpMs: 1200,
  tbtMs: 20,
  cls: 0,
  failed: [],
};

describe('missedTargets', () => {
  it('reports nothing when every target is met', () => {
    expect(missedTargets([{ name: 'home', offlineStartMs: 120, lighthouse: good }])).toEqual([]);
  });

  it('names each miss with its figure and its target', () => {
    const page: PageResult = {
      name: 'storybook page',
      offlineStartMs: 450,
      lighthouse: { ...good, performance: 91, lcpMs: 2789.4, cls: 0.175, accessibility: 96 },
    };
    expect(missedTargets([page])).toEqual([
      'storybook page: offline cold start 450 ms (target < 400 ms)',
      'storybook page: performance 91 (target ≥ 98)',
      'storybook page: accessibility 96 (target 100)',
      'storybook page: LCP 2789 ms (target ≤ 1800 ms)',
      'storybook page: CLS 0.175 (target ≤ 0.01)',
    ]);
  });

  it('holds the limits at their boundaries and still checks timing without Lighthouse', () => {
    const edge = { ...good, performance: TARGETS.performance, lcpMs: TARGETS.lcpMs, cls: TARGETS.cls };
    expect(missedTargets([{ name: 'home', offlineStartMs: 399, lighthouse: edge }])).toEqual([]);
    expect(missedTargets([{ name: 'home', offlineStartMs: 400, lighthouse: null }])).toEqual([
      'home: offline cold start 400 ms (target < 400 ms)',
    ]);
  });
});
