/**
 * The hourly look for a new version never becomes an uncaught promise rejection (sw.js answering 500, 404 or
 * HTML, or the server down): it fails quietly, tries again a few minutes later, then goes back to hourly.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ReloadPrompt } from '../../src/pwa/ReloadPrompt.tsx';
import { CHECK_EVERY_MS, RETRY_AFTER_MS } from '../../src/pwa/updateChecks.ts';

/**
 * A plain function, not vi.fn(): a mock records how each returned promise settles, which attaches a handler
 * and would hide the very unhandled rejection this test looks for.
 */
let answer: () => Promise<void> = () => Promise.resolve();
let calls = 0;
const registration = {
  update: () => {
    calls++;
    return answer();
  },
};
vi.mock('virtual:pwa-register/react', async () => {
  const { useEffect, useRef } = await import('react');
  return {
    useRegisterSW: (options: { onRegisteredSW?: (url: string, r: unknown) => void }) => {
      // The real hook calls this once, when the service worker is registered.
      const registered = useRef(false);
      useEffect(() => {
        if (registered.current) return;
        registered.current = true;
        options.onRegisteredSW?.('/sw.js', registration);
      });
      return { offlineReady: [false, vi.fn()], needRefresh: [false, vi.fn()], updateServiceWorker: vi.fn() };
    },
  };
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeEach(() => {
  // setImmediate stays real: it is how the test lets Node report an unhandled rejection.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
  calls = 0;
  answer = () => Promise.resolve();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  process.off('unhandledRejection', onUnhandled);
});

/** Lets rejected promises settle, so an unhandled one is reported before the test looks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

it.each([
  ['sw.js answers 500', new TypeError('Failed to update a ServiceWorker: bad HTTP response code (500)')],
  ['sw.js answers HTML', new DOMException('The script has an unsupported MIME type', 'SecurityError')],
  ['the server is down', new TypeError('Failed to fetch')],
])('when %s, the check fails quietly and is tried again later', async (_case, error) => {
  answer = () => Promise.reject(error);
  render(<ReloadPrompt />);
  await act(() => vi.advanceTimersByTimeAsync(CHECK_EVERY_MS));
  expect(calls).toBe(1);
  await settle();
  expect(unhandled).toEqual([]);

  // A retry a few minutes later, not an hour; once it works, hourly again.
  answer = () => Promise.resolve();
  await act(() => vi.advanceTimersByTimeAsync(RETRY_AFTER_MS));
  expect(calls).toBe(2);
  await act(() => vi.advanceTimersByTimeAsync(RETRY_AFTER_MS));
  expect(calls).toBe(2);
  await act(() => vi.advanceTimersByTimeAsync(CHECK_EVERY_MS - RETRY_AFTER_MS));
  expect(calls).toBe(3);
});

it('stops looking when the prompt goes away', async () => {
  const { unmount } = render(<ReloadPrompt />);
  unmount();
  await act(() => vi.advanceTimersByTimeAsync(5 * CHECK_EVERY_MS));
  expect(calls).toBe(0);
});
