/**
 * How fast a tap answers on a cheap tablet: Chromium's CPU slowed down 6×, and each tap timed by the page itself
 * with the Event Timing API (from the finger down to the next frame painted, the measure behind Interaction to
 * Next Paint). Two journeys a child makes: reading a whole story (each "Next page", and the choice), and a sort
 * exercise placed by taps (pick a card, then "Put in" a box: 24 taps). Taps under 16 ms are not reported by the
 * browser and count as 16.
 */
import type { Browser, Locator, Page } from '@playwright/test';
import { sortExercise } from '../../../tests/e2e/contentFacts.ts';

export interface TapTimes {
  /** Each tap's duration in ms, in order. */
  taps: { what: string; ms: number }[];
}

// A string, not a function: tsx names functions with a helper (__name) that does not exist in the page.
const OBSERVE = `
  window.sangoTaps = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      window.sangoTaps.set(e.interactionId, Math.max(window.sangoTaps.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
`;

declare global {
  interface Window {
    sangoTaps?: Map<number, number>;
  }
}

const lastId = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window.sangoTaps ? [...window.sangoTaps.keys()] : [])));

/** Taps `target`, waits for `settled`, then reads how long the tap took (the slowest event of it). */
async function tap(page: Page, target: Locator, settled: () => Promise<unknown>): Promise<number> {
  const before = await lastId(page);
  await target.click();
  await settled();
  // Event Timing entries arrive after the frame that followed the tap has been painted.
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );
  return page.evaluate(
    (after) =>
      Math.max(
        16,
        ...[...(window.sangoTaps?.entries() ?? [])].filter(([id]) => id > after).map(([, d]) => d),
      ),
    before,
  );
}

async function open(browser: Browser, url: string): Promise<{ page: Page; done: () => Promise<void> }> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1024, height: 768 },
  });
  await context.addInitScript(OBSERVE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    () => document.documentElement.dataset.app === 'ready' || !document.querySelector('[data-page]'),
  );
  await page.getByRole('heading', { level: 1 }).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  return { page, done: () => context.close() };
}

/** Right to play, page 1 to its end: every "Next page", and the kind choice on the way. */
export async function storyTaps(browser: Browser, base: string): Promise<TapTimes> {
  const { page, done } = await open(browser, `${base}/en/storybook/right-to-play/1`);
  const taps: TapTimes['taps'] = [];
  try {
    const next = page.getByRole('button', { name: 'Next page' });
    for (let turn = 0; turn < 12 && !page.url().endsWith('/end'); turn++) {
      // The page turn's animation has ended (a choice's options appear once the last page has gone).
      await page.locator('.reader-page').nth(1).waitFor({ state: 'detached' });
      await page.waitForTimeout(300);
      if (await next.isDisabled()) {
        const choice = page.getByRole('button', { name: /Take turns with Leo/ });
        taps.push({ what: 'choice', ms: await tap(page, choice, () => next.isEnabled()) });
        continue;
      }
      const url = page.url();
      taps.push({
        what: 'page turn',
        ms: await tap(page, next, () => page.waitForURL((u) => u.href !== url)),
      });
    }
  } finally {
    await done();
  }
  return { taps };
}

/** The Shields sort exercise, every card placed by tapping it, then tapping its box's "Put in" button. */
export async function sortTaps(browser: Browser, base: string): Promise<TapTimes> {
  const { cards } = sortExercise('07-anti-virus.md', 'shields');
  const { page, done } = await open(browser, `${base}/en/workbook/anti-virus/shields`);
  const taps: TapTimes['taps'] = [];
  try {
    for (const card of cards) {
      const button = page.getByRole('button', { name: card.label, exact: true });
      taps.push({
        what: 'pick a card',
        ms: await tap(page, button, () => button.and(page.locator('[aria-pressed="true"]')).waitFor()),
      });
      taps.push({
        what: 'put it in a box',
        ms: await tap(page, page.getByRole('button', { name: `Put in “${card.bin}”` }), () =>
          button.waitFor({ state: 'detached' }),
        ),
      });
    }
  } finally {
    await done();
  }
  return { taps };
}

export const slowest = (t: TapTimes, what?: string) =>
  Math.max(0, ...t.taps.filter((x) => !what || x.what === what).map((x) => x.ms));
