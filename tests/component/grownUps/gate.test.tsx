/**
 * The grown-ups gate: only a 3-second hold opens it (pointer, touch or keyboard); a tap, key repeat or an
 * early release does not; once open it stays open for the tab's session.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GrownUpsRoute from '../../../src/features/grown-ups/GrownUpsRoute.tsx';
import { freshAppEachTest, renderApp } from '../harness.tsx';
import { HOLD_BUTTON } from './passGate.ts';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

const INSTRUCTION = /press and hold the button below for 3 seconds/i;
/** The gate's own live message (the app has another live region for notices). */
const holdStatus = () => within(screen.getByRole('main')).getByRole('status');
const HOME_GUIDES = () => screen.queryByRole('navigation', { name: 'Guides' });

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  // @ts-expect-error: remove any fake speech engine
  delete window.speechSynthesis;
  vi.unstubAllGlobals();
});

/** Opens the grown-ups home behind its gate, then switches to fake time for the hold. */
async function atTheGate() {
  renderApp('/en/grown-ups/');
  const hold = await screen.findByRole('button', { name: HOLD_BUTTON });
  vi.useFakeTimers();
  return hold;
}
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const down = (el: HTMLElement, pointerType = 'mouse') =>
  fireEvent.pointerDown(el, { pointerId: 1, pointerType, button: 0 });
const up = (el: HTMLElement, pointerType = 'mouse') =>
  fireEvent.pointerUp(el, { pointerId: 1, pointerType, button: 0 });

describe('the grown-ups gate', () => {
  it('says what to do in words, and hides the grown-ups pages until passed', async () => {
    const hold = await atTheGate();
    expect(screen.getByRole('heading', { level: 1, name: 'For grown-ups' })).toBeInTheDocument();
    expect(screen.getByText(INSTRUCTION)).toBeInTheDocument();
    expect(hold).toHaveAccessibleDescription(INSTRUCTION);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase all progress' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en/');
  });

  it('opens after a 3-second hold with a pointer, shows the countdown, and puts focus on the page heading', async () => {
    const hold = await atTheGate();
    down(hold);
    expect(holdStatus()).toHaveTextContent('Keep holding: 3 more seconds');
    advance(1100);
    expect(holdStatus()).toHaveTextContent('Keep holding: 2 more seconds');
    advance(1000);
    expect(holdStatus()).toHaveTextContent('Keep holding: 1 more second');
    expect(HOME_GUIDES()).not.toBeInTheDocument();
    advance(900);
    expect(HOME_GUIDES()).toBeInTheDocument();
    up(hold);
    expect(screen.queryByRole('button', { name: HOLD_BUTTON })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'For grown-ups' }));
    expect(sessionStorage.getItem('sango-grown-ups')).toBe('open');
  });

  it('opens with a touch hold too', async () => {
    const hold = await atTheGate();
    down(hold, 'touch');
    advance(3000);
    expect(HOME_GUIDES()).toBeInTheDocument();
  });

  it('a short tap does not open it, however long one waits after', async () => {
    const hold = await atTheGate();
    down(hold);
    advance(200);
    up(hold);
    advance(10_000);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
    expect(holdStatus()).toHaveTextContent(/keep pressing for the full 3 seconds/i);
    fireEvent.click(hold);
    advance(3000);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
  });

  it('releasing early resets: two holds of 2 seconds do not add up', async () => {
    const hold = await atTheGate();
    down(hold);
    advance(2000);
    up(hold);
    down(hold);
    advance(2000);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
    advance(1000); // the second hold reaches its own 3 seconds
    expect(HOME_GUIDES()).toBeInTheDocument();
  });

  it('a pointer cancelled by the system (a scroll, a call) counts as letting go', async () => {
    const hold = await atTheGate();
    down(hold, 'touch');
    advance(1500);
    fireEvent.pointerCancel(hold, { pointerId: 1, pointerType: 'touch' });
    advance(3000);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
  });

  it('opens by holding Space for 3 seconds; key repeat is the same press', async () => {
    const hold = await atTheGate();
    hold.focus();
    fireEvent.keyDown(hold, { key: ' ', code: 'Space' });
    for (let i = 0; i < 20; i++) {
      advance(100);
      fireEvent.keyDown(hold, { key: ' ', code: 'Space', repeat: true });
    }
    expect(HOME_GUIDES()).not.toBeInTheDocument();
    advance(1000);
    expect(HOME_GUIDES()).toBeInTheDocument();
    fireEvent.keyUp(hold, { key: ' ', code: 'Space' });
  });

  it('opens by holding Enter; a quick key press does not; focus leaving lets go', async () => {
    const hold = await atTheGate();
    hold.focus();
    fireEvent.keyDown(hold, { key: 'Enter', code: 'Enter' });
    advance(300);
    fireEvent.keyUp(hold, { key: 'Enter', code: 'Enter' });
    advance(5000);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
    fireEvent.keyDown(hold, { key: 'Enter', code: 'Enter' });
    advance(1500);
    fireEvent.blur(hold);
    advance(3000);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
    hold.focus();
    fireEvent.keyDown(hold, { key: 'Enter', code: 'Enter' });
    advance(3000);
    expect(HOME_GUIDES()).toBeInTheDocument();
  });

  it('other keys do nothing', async () => {
    const hold = await atTheGate();
    fireEvent.keyDown(hold, { key: 'a', code: 'KeyA' });
    advance(5000);
    expect(HOME_GUIDES()).not.toBeInTheDocument();
  });

  it('stays open for the tab session once passed', async () => {
    sessionStorage.setItem('sango-grown-ups', 'open');
    renderApp('/en/grown-ups/');
    expect(await screen.findByRole('navigation', { name: 'Guides' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: HOLD_BUTTON })).not.toBeInTheDocument();
  });

  it('guards every grown-ups page, not only the home', async () => {
    await act(async () => {
      render(
        <Suspense fallback={null}>
          <GrownUpsRoute locale="en" path={['data']} />
        </Suspense>,
      );
    });
    const hold = await screen.findByRole('button', { name: HOLD_BUTTON });
    expect(screen.queryByRole('button', { name: 'Export progress to a file' })).not.toBeInTheDocument();
    vi.useFakeTimers();
    down(hold);
    advance(3000);
    expect(screen.getByRole('heading', { level: 1, name: 'Progress on this device' })).toBeInTheDocument();
  });

  it('offers to read the instructions aloud only where there is a voice for the language', async () => {
    renderApp('/en/grown-ups/');
    await screen.findByRole('button', { name: HOLD_BUTTON });
    expect(screen.queryByRole('button', { name: 'Read the instructions aloud' })).not.toBeInTheDocument();
  });

  it('reads the instructions aloud with a voice for the page language', async () => {
    const spoken: { text: string; lang: string }[] = [];
    class FakeUtterance {
      voice: SpeechSynthesisVoice | null = null;
      lang = '';
      constructor(readonly text: string) {}
    }
    const fake = {
      getVoices: () => [
        { lang: 'fr-FR', name: 'fr', localService: true, default: true },
        { lang: 'en-GB', name: 'en', localService: true, default: false },
      ],
      speak: vi.fn((u: FakeUtterance) => spoken.push({ text: u.text, lang: u.lang })),
      cancel: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const { user } = renderApp('/en/grown-ups/');
    await user.click(await screen.findByRole('button', { name: 'Read the instructions aloud' }));
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('en-GB');
    expect(spoken[0]?.text).toMatch(INSTRUCTION);
    expect(HOME_GUIDES()).not.toBeInTheDocument(); // reading aloud is not opening
  });
});
