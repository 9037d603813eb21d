/**
 * Lighthouse (mobile, default simulated throttling) against a page, through the remote-debugging port of the
 * Chromium the benchmark already runs. Optional: when the package is missing, the benchmark says so and goes on.
 */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Failed audits in the accessibility and best-practices categories, so a miss says why. */
  failed: string[];
}

type RunLighthouse = (url: string) => Promise<LighthouseResult>;

export async function loadLighthouse(port: number): Promise<RunLighthouse | null> {
  let lighthouse: typeof import('lighthouse').default;
  try {
    lighthouse = (await import('lighthouse')).default;
  } catch {
    return null;
  }
  return async (url) => {
    const run = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = run.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    const failed = ['accessibility', 'best-practices'].flatMap((c) =>
      (categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      failed,
    };
  };
}
