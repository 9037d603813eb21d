/** "Erase everything" on the grown-ups page: a confirm with two equal answers, and an erase that is real. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STATE_KEY, useStore } from '../../src/store/index.ts';
import { renderApp, seedProgress, STORY, storyProgress, tabTo, freshAppEachTest } from './harness.tsx';
import { passGate } from './grownUps/passGate.ts';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();
// Each test comes in as a new visitor: the grown-ups gate is closed, and is passed by holding its button.
beforeEach(() => sessionStorage.clear());

const QUESTION = 'Erase all progress on this device? This cannot be undone.';
const ERASED = 'All progress on this device has been erased.';
const FINISHED = { step: 6, choice: 'take-turns', done: true };

const eraseButton = () => screen.getByRole('button', { name: 'Erase all progress' });
const confirmGroup = () => screen.getByRole('group', { name: QUESTION });
const status = () => within(screen.getByRole('region', { name: 'Erase everything' })).getByRole('status');
/** What is saved on the device right now. */
const stored = () => JSON.parse(localStorage.getItem(STATE_KEY) ?? 'null') as { state: unknown } | null;

async function openGrownUps() {
  seedProgress(FINISHED);
  useStore.getState().updateSettings({ textSize: 'large' });
  const view = renderApp('/en/grown-ups/');
  await passGate();
  expect(await screen.findByRole('heading', { level: 1, name: 'For grown-ups' })).toBeInTheDocument();
  return view;
}

describe('erasing data', () => {
  it('asks first, with exactly two answers: "Yes, erase" and "No, keep it"', async () => {
    const { user } = await openGrownUps();
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument();
    await user.click(eraseButton());
    const answers = within(confirmGroup()).getAllByRole('button');
    expect(answers.map((b) => b.textContent)).toEqual(['Yes, erase', 'No, keep it']);
    expect(answers[0]?.className).toBe(answers[1]?.className); // equal weight: neither is the "primary" one
    expect(screen.queryByRole('button', { name: 'Erase all progress' })).not.toBeInTheDocument();
    expect(storyProgress()).toEqual(FINISHED); // asking erases nothing
    expect(status()).toHaveTextContent('');
  });

  it('"No, keep it" keeps progress and settings, on screen and on the device', async () => {
    const { user } = await openGrownUps();
    await user.click(eraseButton());
    await user.click(within(confirmGroup()).getByRole('button', { name: 'No, keep it' }));
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument();
    expect(eraseButton()).toBeInTheDocument();
    expect(status()).toHaveTextContent('');
    expect(storyProgress()).toEqual(FINISHED);
    expect(useStore.getState().settings.textSize).toBe('large');
    expect(stored()).toMatchObject({ state: { progress: { 'seat-1': { stories: { [STORY]: FINISHED } } } } });
  });

  it('"Yes, erase" empties progress and settings, on screen and on the device, and says so', async () => {
    const { user } = await openGrownUps();
    expect(document.documentElement.dataset.textSize).toBe('large');
    await user.click(eraseButton());
    await user.click(within(confirmGroup()).getByRole('button', { name: 'Yes, erase' }));
    expect(status()).toHaveTextContent(ERASED);
    expect(screen.queryByRole('group', { name: QUESTION })).not.toBeInTheDocument();
    expect(useStore.getState().progress).toEqual({});
    expect(useStore.getState().settings.textSize).toBe('normal');
    expect(document.documentElement.dataset.textSize).toBe('normal');
    expect(stored()).toMatchObject({ state: { progress: {} } });
    expect(JSON.stringify(stored())).not.toContain(STORY);
  });

  it('works keyboard-only', async () => {
    const { user } = await openGrownUps();
    await tabTo(user, eraseButton());
    await user.keyboard('{Enter}');
    await tabTo(user, within(confirmGroup()).getByRole('button', { name: 'No, keep it' }));
    await user.keyboard(' ');
    expect(storyProgress()).toEqual(FINISHED);
    await tabTo(user, eraseButton());
    await user.keyboard(' ');
    await tabTo(user, within(confirmGroup()).getByRole('button', { name: 'Yes, erase' }));
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent(ERASED);
    expect(useStore.getState().progress).toEqual({});
  });

  // The pressed button is unmounted when the stage changes, so focus must be placed, not left to <body>.
  it('moves keyboard focus into the confirm', async () => {
    const { user } = await openGrownUps();
    await tabTo(user, eraseButton());
    await user.keyboard('{Enter}');
    expect(confirmGroup()).toBeInTheDocument();
    expect(document.activeElement).not.toBe(document.body);
  });
});
