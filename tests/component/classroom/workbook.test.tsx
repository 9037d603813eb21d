/**
 * A workbook exercise in classroom mode, through the whole app: the module's educator notes beside it,
 * presenter keys through the module's parts, and the answers listed on cue. Nothing is saved.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../src/store/index.ts';
import { reveal } from '../../../src/features/classroom/useClassroom.ts';
import { freshAppEachTest, renderApp } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();
beforeEach(() => {
  act(() => {
    reveal.hide();
    useStore.getState().updateSettings({ classroom: true });
  });
});

const part = (id: string) => `/en/workbook/private-eye/${id}/`;

describe('a workbook exercise in classroom mode', () => {
  it('shows the educator notes beside the exercise, and the answers only on cue', async () => {
    const { user } = renderApp(part('sharing'));
    await screen.findByRole('heading', { level: 1, name: 'Sharing' });
    const notes = screen.getByRole('region', { name: 'Educator notes' });
    expect(within(notes).getByRole('heading', { name: 'Aim' })).toBeInTheDocument();
    expect(notes.closest('.part-classroom')).toContainElement(screen.getByRole('article'));
    expect(screen.queryByRole('region', { name: 'Answers' })).not.toBeInTheDocument();

    await user.keyboard('r');
    const answers = await screen.findByRole('region', { name: 'Answers' });
    const line = within(answers).getByText('Your favourite animal').closest('li');
    expect(line).toHaveTextContent('Fine to share');
    expect(within(answers).getByText('Your password').closest('li')).toHaveTextContent('Never share online');
    expect(within(answers).getAllByRole('listitem')).toHaveLength(12);

    await user.keyboard('r');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Answers' })).not.toBeInTheDocument());
  });

  it('presenter keys go to the next and previous part, then to the module page', async () => {
    const { user } = renderApp(part('sharing'));
    await screen.findByRole('heading', { level: 1, name: 'Sharing' });
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(window.location.pathname).toBe(part('advice')));
    await screen.findByRole('region', { name: 'Educator notes' });
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(window.location.pathname).toBe(part('sharing')));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(window.location.pathname).toBe('/en/workbook/private-eye/'));
    expect(useStore.getState().progress).toEqual({});
  });
});
