/** The benchmark's target report: each miss names the page, the figure and the target; a clean run says nothing. */
import { describe, expect, it } from 'vitest';
import {
  missedRunTargets,
  missedTargets,
  TARGETS,
  type PageResult,
} from '../../scripts/lib/bench/targets.ts';

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
    expect(
      missedTargets([{ name: 'home (en)', offlineStartMs: 120, htmlGzip: 6000, lighthouse: good }]),
    ).toEqual([]);
  });

  it('names each miss with its figure and its target', () => {
    const page: PageResult = {
      name: 'storybook page (ar)',
      offlineStartMs: 450,
      htmlGzip: 20 * 1024,
      lighthouse: {
        ...good,
        performance: 91,
        fcpMs: 1300,
        lcpMs: 2789.4,
        tbtMs: 180,
        cls: 0.175,
        accessibility: 96,
      },
    };
    expect(missedTargets([page])).toEqual([
      'storybook page (ar): offline cold start 450 ms (target < 150 ms)',
      'storybook page (ar): HTML 20.0 KB gzip (target ≤ 14 KB)',
      'storybook page (ar): performance 91 (target ≥ 98)',
      'storybook page (ar): accessibility 96 (target 100)',
      'storybook page (ar): FCP 1300 ms (target ≤ 1200 ms)',
      'storybook page (ar): LCP 2789 ms (target ≤ 1500 ms)',
      'storybook page (ar): TBT 180 ms (target ≤ 100 ms)',
      'storybook page (ar): CLS 0.175 (target ≤ 0.01)',
    ]);
  });

  it('holds the limits at their boundaries and still checks timing without Lighthouse', () => {
    const edge = {
      ...good,
      performance: TARGETS.performance,
      fcpMs: TARGETS.fcpMs,
      lcpMs: TARGETS.lcpMs,
      tbtMs: TARGETS.tbtMs,
      cls: TARGETS.cls,
    };
    expect(
      missedTargets([
        { name: 'home', offlineStartMs: 149, htmlGzip: TARGETS.htmlGzipBytes, lighthouse: edge },
      ]),
    ).toEqual([]);
    expect(missedTargets([{ name: 'home', offlineStartMs: 150, lighthouse: null }])).toEqual([
      'home: offline cold start 150 ms (target < 150 ms)',
    ]);
  });
});

describe('missedRunTargets', () => {
  const page = { name: 'home (en)', offlineStartMs: 100, lighthouse: good };

  it('adds the taps and the home page script to the page targets', () => {
    expect(
      missedRunTargets({
        pages: [page],
        taps: { pageTurnMs: 99, sortMs: 99 },
        homeScriptBytes: TARGETS.homeScriptBytes,
      }),
    ).toEqual([]);
    expect(
      missedRunTargets({
        pages: [page],
        taps: { pageTurnMs: 152, sortMs: 184 },
        homeScriptBytes: 150 * 1024,
      }),
    ).toEqual([
      'slowest story page turn 152 ms (target < 100 ms)',
      'slowest sort tap 184 ms (target < 100 ms)',
      'home page script 150.0 KB on the wire (target ≤ 141 KB)',
    ]);
  });
});
