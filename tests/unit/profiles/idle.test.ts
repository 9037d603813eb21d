/**
 * The idle hand-over: at school, a device nobody touches for `idleMinutes` goes back to "Who is learning?",
 * with no seat active, a new chapter of history and the grown-ups gate closed; any touch or key resets the
 * wait; at home (or on a classroom projector) it never moves.
 */
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shouldAskWhoIsLearning, useIdleHandOver } from '../../../src/features/profiles/useIdleHandOver.ts';
import type { AppLocale } from '../../../src/i18n/index.ts';
import { useStore, type Seat } from '../../../src/store/index.ts';

const MINUTE = 60_000;

function Probe({ locale }: { locale: AppLocale | null }) {
  useIdleHandOver(locale);
  return null;
}

const path = () => window.location.pathname;
/** setTimeout calls that look like the idle timer (React's own scheduling uses short delays). */
const idleTimersSet = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([, ms]) => typeof ms === 'number' && ms >= 1000).length;
let pushState: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  useStore.getState().eraseAll();
  window.history.replaceState(null, '', '/en/storybook/right-to-play/3');
  pushState = vi.spyOn(window.history, 'pushState');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

const school = (idleMinutes = 10) => useStore.getState().updateSettings({ mode: 'school', idleMinutes });

describe('useIdleHandOver', () => {
  it('at school, after idleMinutes without a touch: the seats screen, no seat active, the gate closed', () => {
    school(10);
    sessionStorage.setItem('sango-grown-ups', 'open');
    render(createElement(Probe, { locale: 'en' }));
    act(() => vi.advanceTimersByTime(10 * MINUTE - 1));
    expect(path()).toBe('/en/storybook/right-to-play/3');
    expect(useStore.getState().seats.active).toBe('seat-1');
    act(() => vi.advanceTimersByTime(1));
    expect(path()).toBe('/en/seats');
    expect(useStore.getState().seats.active).toBeNull();
    expect(sessionStorage.getItem('sango-grown-ups')).toBeNull();
    // The last child's page is replaced, not stacked: a new chapter of history starts here.
    expect(pushState).not.toHaveBeenCalled();
    const chapter = (window.history.state as { chapter: number }).chapter;
    expect(chapter).toBeGreaterThan(0);
    expect(JSON.parse(sessionStorage.getItem('sango-hand-over') ?? '{}')).toEqual({
      n: chapter,
      start: '/en/seats',
    });
  });

  it('uses the chosen wait, in the current language', () => {
    school(5);
    render(createElement(Probe, { locale: 'fr' }));
    act(() => vi.advanceTimersByTime(5 * MINUTE));
    expect(path()).toBe('/fr/seats');
  });

  it('each touch, key, tap or scroll starts the wait again', () => {
    school(10);
    render(createElement(Probe, { locale: 'en' }));
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    fireEvent.pointerDown(document.body);
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    fireEvent.touchStart(document.body);
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    fireEvent.wheel(document.body);
    act(() => vi.advanceTimersByTime(9 * MINUTE));
    expect(path()).toBe('/en/storybook/right-to-play/3'); // 45 minutes, never 10 idle in a row
    act(() => vi.advanceTimersByTime(1 * MINUTE));
    expect(path()).toBe('/en/seats');
  });

  it('keeps one timer however many events arrive (no re-arming per event)', () => {
    school(10);
    render(createElement(Probe, { locale: 'en' }));
    act(() => vi.advanceTimersByTime(3 * MINUTE));
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const clearTimeoutSpy = vi.spyOn(globalThis, 'clearTimeout');
    for (let i = 0; i < 500; i++) fireEvent.wheel(document.body);
    for (let i = 0; i < 100; i++) fireEvent.pointerDown(document.body);
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    expect(clearTimeoutSpy).not.toHaveBeenCalled();
    // The first timer fires at 10 minutes, finds activity 7 minutes ago, and re-arms once for the 3 left.
    act(() => vi.advanceTimersByTime(7 * MINUTE));
    expect(idleTimersSet(setTimeoutSpy)).toBe(1);
    expect(setTimeoutSpy).toHaveBeenCalledWith(expect.any(Function), 3 * MINUTE);
    expect(path()).toBe('/en/storybook/right-to-play/3');
    act(() => vi.advanceTimersByTime(3 * MINUTE));
    expect(path()).toBe('/en/seats');
  });

  it('after handing over, waits for the next touch before it arms again', () => {
    school(10);
    render(createElement(Probe, { locale: 'en' }));
    act(() => vi.advanceTimersByTime(10 * MINUTE));
    expect(path()).toBe('/en/seats');
    window.history.replaceState(null, '', '/en/workbook/'); // (as if the page had moved by itself)
    act(() => vi.advanceTimersByTime(60 * MINUTE));
    expect(path()).toBe('/en/workbook/');
    fireEvent.pointerDown(document.body);
    act(() => vi.advanceTimersByTime(10 * MINUTE));
    expect(path()).toBe('/en/seats');
  });

  it('at home, never navigates and sets no timer', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    render(createElement(Probe, { locale: 'en' }));
    expect(useStore.getState().settings.mode).toBe('home');
    fireEvent.pointerDown(document.body);
    act(() => vi.advanceTimersByTime(24 * 60 * MINUTE));
    expect(idleTimersSet(setTimeoutSpy)).toBe(0);
    expect(path()).toBe('/en/storybook/right-to-play/3');
    expect(pushState).not.toHaveBeenCalled();
  });

  it('follows the setting: switching to home stops the timer, to school starts it', () => {
    render(createElement(Probe, { locale: 'en' }));
    act(() => school(10));
    act(() => vi.advanceTimersByTime(5 * MINUTE));
    act(() => useStore.getState().updateSettings({ mode: 'home' }));
    act(() => vi.advanceTimersByTime(60 * MINUTE));
    expect(path()).toBe('/en/storybook/right-to-play/3');
    act(() => school(15));
    act(() => vi.advanceTimersByTime(15 * MINUTE - 1));
    expect(path()).toBe('/en/storybook/right-to-play/3');
    act(() => vi.advanceTimersByTime(1));
    expect(path()).toBe('/en/seats');
  });

  it('cleans up on unmount, and does nothing without a locale or on a classroom projector', () => {
    school(10);
    const { unmount } = render(createElement(Probe, { locale: 'en' }));
    act(() => vi.advanceTimersByTime(5 * MINUTE));
    unmount();
    act(() => vi.advanceTimersByTime(60 * MINUTE));
    expect(path()).toBe('/en/storybook/right-to-play/3');

    render(createElement(Probe, { locale: null }));
    act(() => vi.advanceTimersByTime(60 * MINUTE));
    expect(path()).toBe('/en/storybook/right-to-play/3');
    cleanup();

    useStore.getState().updateSettings({ classroom: true });
    render(createElement(Probe, { locale: 'en' }));
    act(() => vi.advanceTimersByTime(60 * MINUTE));
    expect(path()).toBe('/en/storybook/right-to-play/3');
    expect(pushState).not.toHaveBeenCalled();
  });
});

describe('shouldAskWhoIsLearning', () => {
  const one: Seat[] = [{ id: 'seat-1', animal: 'owl', colour: 'teal' }];
  const two: Seat[] = [...one, { id: 'seat-2', animal: 'fox', colour: 'orange' }];

  it('always at school; at home only once there are two seats or more', () => {
    expect(shouldAskWhoIsLearning({ mode: 'school' }, { list: one })).toBe(true);
    expect(shouldAskWhoIsLearning({ mode: 'school' }, { list: two })).toBe(true);
    expect(shouldAskWhoIsLearning({ mode: 'home' }, { list: one })).toBe(false);
    expect(shouldAskWhoIsLearning({ mode: 'home' }, { list: two })).toBe(true);
    expect(shouldAskWhoIsLearning({ mode: 'home' }, two)).toBe(true);
  });

  it('takes the store state as it is', () => {
    const s = useStore.getState();
    expect(shouldAskWhoIsLearning(s.settings, s.seats)).toBe(false);
    s.addSeat('fox', 'orange');
    const t = useStore.getState();
    expect(shouldAskWhoIsLearning(t.settings, t.seats)).toBe(true);
  });
});
