/**
 * Import keeps only what Sango itself makes: a file whose seats share an id is refused with its own message;
 * progress for seats the file does not list, and ids the content does not define, are left out, and the
 * grown-up is told how much is imported and how much is left out, before and after.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import GrownUpsRoute from '../../../src/features/grown-ups/GrownUpsRoute.tsx';
import { STATE_KEY, useStore, type Persisted } from '../../../src/store/index.ts';
import { freshAppEachTest, seedProgress } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');
const exportFile = () => JSON.parse(fixture('transfer/v2-export.json')) as { state: Persisted };
const jsonFile = (value: unknown) =>
  new File([JSON.stringify(value)], 'progress.json', { type: 'application/json' });
const persisted = () => {
  const { settings, seats, progress } = useStore.getState();
  return { settings, seats, progress };
};
const importRegion = () => screen.getByRole('region', { name: 'Import progress' });
const importStatus = () => within(importRegion()).getByRole('status');

beforeEach(() => {
  sessionStorage.setItem('sango-grown-ups', 'open'); // the gate has its own tests
  seedProgress({ step: 2, choice: null, done: false });
});
afterEach(() => sessionStorage.clear());

async function upload(value: unknown) {
  const user = userEvent.setup();
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <GrownUpsRoute locale="en" path={['data']} />
      </Suspense>,
    );
  });
  await screen.findByRole('heading', { level: 1, name: 'Progress on this device' });
  await user.upload(screen.getByLabelText('Choose a progress file'), jsonFile(value));
  return user;
}

describe('importing a file Sango did not make', () => {
  it('two seats with the same id: a clear message, and nothing changes', async () => {
    const file = exportFile();
    const [first] = file.state.seats.list;
    file.state.seats.list = [first!, { ...first!, animal: 'fox', colour: 'orange' }];
    const before = persisted();
    const saved = localStorage.getItem(STATE_KEY);
    await upload(file);
    await waitFor(() => expect(importStatus()).toHaveTextContent(/two seats have the same code/));
    expect(importStatus()).toHaveTextContent('Nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Yes, replace' })).not.toBeInTheDocument();
    expect(persisted()).toEqual(before);
    expect(localStorage.getItem(STATE_KEY)).toBe(saved);
  });
});

describe('importing a file with things Sango does not know', () => {
  it('says how much will be imported and left out, then keeps only what Sango knows', async () => {
    const file = exportFile();
    const seat1 = file.state.progress['seat-1']!;
    seat1.stories['jane-doe-12-elm-street-age-9'] = { step: 1, choice: null, done: true };
    seat1.exercises['jane-doe-12-elm-street-age-9'] = { done: true, firstTry: true };
    file.state.progress['seat-7'] = { stories: {}, exercises: {}, rules: {}, quick: null, level1: null };
    const user = await upload(file);

    const group = await screen.findByRole('group', { name: /Replace all progress/ });
    expect(group).toHaveTextContent('The file holds progress for 2 learners.');
    expect(group).toHaveTextContent('13 pieces of progress will be imported.');
    expect(group).toHaveTextContent(/3 pieces will be left out: they are not from Sango’s stories/);
    await user.click(within(group).getByRole('button', { name: 'Yes, replace' }));

    expect(importStatus()).toHaveTextContent(
      'Progress imported. 13 pieces of progress were imported. 3 pieces were left out.',
    );
    expect(localStorage.getItem(STATE_KEY)).not.toContain('jane');
    expect(Object.keys(useStore.getState().progress).sort()).toEqual(['seat-1', 'seat-2']);
    expect(useStore.getState().progress['seat-1']?.stories).toEqual({
      'right-to-play': { step: 3, choice: 'take-turns', done: true },
    });
  });

  it('a file Sango made whole says nothing is left out', async () => {
    // 13: a story, two exercises, a rule, a quick round, and the 8 Level 1 marks that quick round becomes.
    const user = await upload(exportFile());
    const group = await screen.findByRole('group', { name: /Replace all progress/ });
    expect(group).not.toHaveTextContent(/left out/);
    await user.click(within(group).getByRole('button', { name: 'Yes, replace' }));
    expect(importStatus()).toHaveTextContent('Progress imported. 13 pieces of progress were imported.');
    expect(importStatus()).not.toHaveTextContent(/left out/);
  });
});
