/**
 * What the idle hand-over leaves behind, piece by piece: the store (no seat active, so nothing is saved to the
 * last child's seat until the next one picks theirs) and the router (a new chapter of history: popping back
 * to any earlier entry, or arriving on one after a reload, leads to where the new chapter starts).
 */
import { act, cleanup, render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectSeatProgress, selectStory, useStore } from '../../src/store/index.ts';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { exportText, parseExport } from '../../src/store/transfer.ts';
import { navigate, newChapter, usePathname } from '../../src/routing/router.ts';

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  sessionStorage.clear();
  useStore.getState().eraseAll();
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the store after a hand-over', () => {
  it('has no active seat, saves nothing until a seat is picked, then saves to that seat only', () => {
    const s = useStore.getState();
    s.addSeat('fox', 'orange'); // seat-2, active
    s.saveStory('right-to-play', { step: 3 });
    s.handOver();
    expect(useStore.getState().seats.active).toBeNull();
    const before = useStore.getState().progress;
    s.saveStory('right-to-play', { step: 5, done: true });
    s.completeExercise('rights-or-wants', { firstTry: true });
    s.finishRule('respect', 1, true);
    s.finishQuickRound({ respect: false });
    expect(useStore.getState().progress).toBe(before);
    expect(selectSeatProgress(useStore.getState())).toBeUndefined();
    expect(selectStory('right-to-play')(useStore.getState())).toBeUndefined();

    s.switchSeat('seat-1');
    s.saveStory('right-to-play', { step: 1 });
    expect(useStore.getState().progress['seat-1']?.stories['right-to-play']?.step).toBe(1);
    expect(useStore.getState().progress['seat-2']?.stories['right-to-play']?.step).toBe(3);
  });

  it('stays without a seat when one is removed, and an export made then imports the same way', () => {
    const s = useStore.getState();
    s.addSeat('fox', 'orange');
    s.handOver();
    s.removeSeat('seat-2');
    expect(useStore.getState().seats).toEqual({
      list: [{ id: 'seat-1', animal: 'owl', colour: 'teal' }],
      active: null,
    });
    const parsed = parseExport(exportText(useStore.getState()), CONTENT_IDS);
    expect(parsed.ok && parsed.state.seats.active).toBeNull();
  });
});

function Location() {
  return createElement('p', null, usePathname());
}

describe('history after a hand-over', () => {
  it('Back to any page from before leads to where the new chapter starts', () => {
    render(createElement(Location));
    act(() => navigate('/en/storybook/right-to-play/3'));
    act(() => navigate('/en/net-rules/'));
    act(() => newChapter('/en/seats'));
    expect(window.location.pathname).toBe('/en/seats');
    act(() => navigate('/en/workbook/')); // the next child's own page

    // The next child's own pages stay theirs...
    window.history.replaceState(window.history.state, '', '/en/workbook/');
    act(() => window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state })));
    expect(window.location.pathname).toBe('/en/workbook/');

    // ...but an entry from before the hand-over (or one the app never marked) is sent to the seats.
    for (const state of [{ chapter: 0 }, null]) {
      window.history.replaceState(state, '', '/en/storybook/right-to-play/3');
      act(() => window.dispatchEvent(new PopStateEvent('popstate', { state })));
      expect(window.location.pathname).toBe('/en/seats');
      expect(document.body).toHaveTextContent('/en/seats');
    }
  });

  it('a page loaded again from an earlier entry (after a reload) leaves it before the app starts', async () => {
    newChapter('/fr/seats');
    window.history.replaceState({ chapter: 0 }, '', '/fr/storybook/privacy/2');
    vi.resetModules();
    await import('../../src/routing/router.ts');
    expect(window.location.pathname).toBe('/fr/seats');
    // A new page load (no mark yet) belongs to the current chapter and stays where it is.
    window.history.replaceState(null, '', '/fr/workbook/');
    vi.resetModules();
    await import('../../src/routing/router.ts');
    expect(window.location.pathname).toBe('/fr/workbook/');
  });

  it('a link to a part of the page (#section) is marked as the current chapter’s, so it stays reachable', () => {
    render(createElement(Location));
    act(() => newChapter('/en/seats'));
    act(() => navigate('/en/grown-ups/for-parents/'));
    window.history.pushState(null, '', '/en/grown-ups/for-parents/#talk');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const marked = window.history.state as { chapter: number };
    expect(marked.chapter).toBe(JSON.parse(sessionStorage.getItem('sango-hand-over') ?? '{}').n);
    act(() => window.dispatchEvent(new PopStateEvent('popstate', { state: marked })));
    expect(window.location.pathname).toBe('/en/grown-ups/for-parents/');
  });
});
