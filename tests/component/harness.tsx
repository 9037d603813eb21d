/**
 * Shared set-up for component tests: the whole app rendered at a URL, with a fresh store, left-to-right
 * English, instant animations and the browser APIs jsdom lacks stubbed here (never in src/).
 *
 * Each test file must also mock the PWA virtual module itself (vi.mock is hoisted per file):
 *   vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
 */
import { cleanup, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { i18n } from '../../src/i18n/index.ts';
import { useStore, type StoryProgress } from '../../src/store/index.ts';

/** Page turns and reactions finish at once, so tests wait for content, not for animations. */
MotionGlobalConfig.skipAnimations = true;

/** Fresh device for every test: empty storage, default store, English, left to right. */
export function freshAppEachTest(): void {
  beforeEach(async () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined); // jsdom does not scroll
    localStorage.clear();
    useStore.getState().eraseAll();
    useStore.setState({ notices: [], lastTier: null });
    document.documentElement.dir = 'ltr';
    document.documentElement.lang = 'en';
    delete document.documentElement.dataset.textSize;
    delete document.documentElement.dataset.contrast;
    delete document.documentElement.dataset.motion;
    await i18n.changeLanguage('en');
  });
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });
}

/** Renders the whole app at `path`, as a deep link would open it. */
export function renderApp(path: string): RenderResult & { user: UserEvent } {
  window.history.pushState(null, '', path);
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

export const STORY = 'right-to-play';

/** The active seat's progress in story 1. */
export function storyProgress(): StoryProgress | undefined {
  return useStore.getState().progress['seat-1']?.stories[STORY];
}

/** Puts progress in the store as if the child had been here before. */
export function seedProgress(progress: StoryProgress): void {
  useStore.setState({
    progress: {
      'seat-1': { stories: { [STORY]: progress }, exercises: {}, rules: {}, quick: null, level1: null },
    },
  });
}

/** Presses Tab until `target` has focus (fails if it never does), as a keyboard-only user would. */
export async function tabTo(user: UserEvent, target: HTMLElement, max = 40): Promise<void> {
  for (let i = 0; i < max && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}
