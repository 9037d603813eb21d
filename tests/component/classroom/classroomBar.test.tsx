/**
 * The teacher's bar: only in classroom mode; reveal (button and R; one at a time where there are several;
 * none where there is nothing to reveal); educator notes only where a page has them; a discussion timer (start, pause, go on,
 * reset, time up, no sound); full screen only where the browser has it; the way out; and the toggle in.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../src/i18n/index.ts';
import { useStore } from '../../../src/store/index.ts';
import { ClassroomBar } from '../../../src/features/classroom/ClassroomBar.tsx';
import { ClassroomToggle } from '../../../src/features/classroom/index.ts';
import { formatTime } from '../../../src/features/classroom/DiscussionTimer.tsx';
import { reveal, useLesson } from '../../../src/features/classroom/useClassroom.ts';

beforeAll(async () => {
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces('classroom');
});
beforeEach(() => {
  localStorage.clear();
  useStore.getState().eraseAll();
  reveal.hide();
  window.history.replaceState(null, '', '/en/net-rules/respect/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Object.defineProperty(document, 'fullscreenEnabled', { value: undefined, configurable: true });
});

const setClassroom = (on: boolean) => act(() => useStore.getState().updateSettings({ classroom: on }));

/** A page that offers `answers` answers to reveal (and, with `withNotes`, educator notes). */
function Lesson({ answers, withNotes }: { answers: number; withNotes: boolean }) {
  useLesson({ answers, notes: withNotes });
  return null;
}

function renderBar(answers = 1, withNotes = false) {
  const user = userEvent.setup();
  render(
    <Suspense fallback="loading">
      <Lesson answers={answers} withNotes={withNotes} />
      <ClassroomBar />
      <ClassroomToggle />
    </Suspense>,
  );
  return user;
}

describe('ClassroomBar', () => {
  it('is there only in classroom mode; the toggle turns it on and "Leave classroom mode" off', async () => {
    const user = renderBar();
    const toggle = await screen.findByRole('switch', { name: 'Classroom mode (for a projector)' });
    expect(screen.queryByRole('region', { name: 'Classroom tools' })).not.toBeInTheDocument();
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(useStore.getState().settings.classroom).toBe(true);
    expect(screen.getByRole('region', { name: 'Classroom tools' })).toBeInTheDocument();
    expect(document.documentElement.style.getPropertyValue('--classroom-bar-size')).toMatch(/px$/);
    await user.click(screen.getByRole('button', { name: 'Leave classroom mode' }));
    expect(useStore.getState().settings.classroom).toBe(false);
    expect(screen.queryByRole('region', { name: 'Classroom tools' })).not.toBeInTheDocument();
    expect(toggle).not.toBeChecked();
    expect(document.documentElement.style.getPropertyValue('--classroom-bar-size')).toBe('');
  });

  it('"Reveal answer" and R reveal and hide the answer', async () => {
    setClassroom(true);
    const user = renderBar(1);
    await user.click(await screen.findByRole('button', { name: /^Reveal answer/ }));
    expect(reveal.shown()).toBe(1);
    expect(screen.getByRole('button', { name: /^Hide answer/ })).toBeInTheDocument();
    await user.keyboard('r');
    expect(reveal.shown()).toBe(0);
    expect(screen.getByRole('button', { name: /^Reveal answer/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reveal all/ })).not.toBeInTheDocument();
  });

  it('several answers: "Reveal next" one at a time with how far, "Reveal all", then "Hide answers"', async () => {
    setClassroom(true);
    const user = renderBar(3);
    const bar = await screen.findByRole('region', { name: 'Classroom tools' });
    expect(bar.querySelector('.classroom-progress bdi')).toHaveTextContent('0/3');
    await user.click(screen.getByRole('button', { name: /^Reveal next/ }));
    expect(reveal.shown()).toBe(1);
    expect(screen.getByText('1 of 3 revealed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Reveal next/ }));
    expect(screen.getByText('2 of 3 revealed')).toBeInTheDocument();
    expect(bar.querySelector('.classroom-progress bdi')).toHaveTextContent('2/3');
    await user.click(screen.getByRole('button', { name: /^Reveal all/ }));
    expect(reveal.shown()).toBe(3);
    expect(screen.queryByRole('button', { name: /^Reveal/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Hide answers/ }));
    expect(reveal.shown()).toBe(0);
  });

  it('shows no "Reveal" on a page with nothing to reveal, and "Show notes" only where there are notes', async () => {
    setClassroom(true);
    const user = renderBar(0);
    await screen.findByRole('region', { name: 'Classroom tools' });
    expect(screen.queryByRole('button', { name: /reveal|hide answer/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /notes/ })).not.toBeInTheDocument();
    cleanup();
    renderBar(0, true);
    const show = await screen.findByRole('button', { name: /^Show notes/ });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(screen.getByRole('button', { name: /^Hide notes/ })).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('n');
    expect(screen.getByRole('button', { name: /^Show notes/ })).toBeInTheDocument();
  });

  it('offers full screen only where the browser has it', async () => {
    setClassroom(true);
    Object.defineProperty(document, 'fullscreenEnabled', { value: false, configurable: true });
    const user = renderBar();
    await screen.findByRole('region', { name: 'Classroom tools' });
    expect(screen.queryByRole('button', { name: /Full screen/ })).not.toBeInTheDocument();
    cleanup();
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    document.documentElement.requestFullscreen = request;
    renderBar();
    await user.click(await screen.findByRole('button', { name: /Full screen/ }));
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('runs a silent discussion timer: start, pause, go on, time up, reset', async () => {
    setClassroom(true);
    renderBar();
    await screen.findByRole('region', { name: 'Classroom tools' });
    vi.useFakeTimers(); // once the strings have loaded: the clock is ours from here
    const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));
    const click = (el: HTMLElement) => act(() => fireEvent.click(el));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    for (const m of [1, 2, 3, 5])
      expect(screen.getByRole('button', { name: `Start a ${m} minute timer` })).toBeInTheDocument();

    click(screen.getByRole('button', { name: 'Start a 2 minute timer' }));
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    tick(30_000);
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');

    click(screen.getByRole('button', { name: 'Pause' }));
    tick(20_000);
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
    click(screen.getByRole('button', { name: 'Go on' }));
    tick(60_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:30');
    tick(31_000);
    expect(screen.getByRole('timer')).toHaveTextContent('Time is up');
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();

    click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start a 1 minute timer' })).toBeInTheDocument();
  });

  it('formats the time left as minutes and seconds, rounding up', () => {
    expect(formatTime(300_000)).toBe('5:00');
    expect(formatTime(59_001)).toBe('1:00');
    expect(formatTime(9_000)).toBe('0:09');
    expect(formatTime(0)).toBe('0:00');
  });

  it('leaves movement keys alone on a page with nothing to move through', async () => {
    setClassroom(true);
    renderBar();
    await screen.findByRole('region', { name: 'Classroom tools' });
    const pageDown = new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true });
    fireEvent(document.body, pageDown);
    expect(pageDown.defaultPrevented).toBe(false);
  });
});
