/**
 * A workbook exercise in classroom mode, through the whole app: the module's educator notes (which hold the
 * solutions) only on demand, presenter keys through the module's parts, a class vote, lettered options, and
 * the answers revealed one at a time (R) or all at once (Shift+R). Nothing is saved.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../src/store/index.ts';
import { notes, reveal } from '../../../src/features/classroom/useClassroom.ts';
import { freshAppEachTest, renderApp } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();
beforeEach(() => {
  act(() => {
    reveal.hide();
    notes.hide();
    useStore.getState().updateSettings({ classroom: true });
  });
});

const part = (module: string, id: string) => `/en/workbook/${module}/${id}/`;
const answerList = () => within(screen.getByRole('region', { name: 'Answers' })).queryAllByRole('listitem');

describe('a workbook exercise in classroom mode', () => {
  it('keeps the educator notes closed until the teacher asks: N or the bar, and closed again on the next part', async () => {
    const { user } = renderApp(part('private-eye', 'sharing'));
    await screen.findByRole('heading', { level: 1, name: 'Sharing' });
    const bar = await screen.findByRole('region', { name: 'Classroom tools' });
    expect(screen.queryByRole('region', { name: 'Educator notes' })).not.toBeInTheDocument();
    expect(screen.queryByText('Aim')).not.toBeInTheDocument();

    await user.keyboard('n');
    const notesRegion = await screen.findByRole('region', { name: 'Educator notes' });
    expect(within(notesRegion).getByRole('heading', { name: 'Aim' })).toBeInTheDocument();
    expect(notesRegion.closest('.part-classroom')).toHaveClass('notes-open');
    const hide = within(bar).getByRole('button', { name: /^Hide notes/ });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await user.click(hide);
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Educator notes' })).not.toBeInTheDocument(),
    );

    await user.click(within(bar).getByRole('button', { name: /^Show notes/ }));
    await screen.findByRole('region', { name: 'Educator notes' });
    await user.keyboard('{PageDown}');
    await screen.findByRole('heading', { level: 1, name: 'Footprints' });
    expect(screen.queryByRole('region', { name: 'Educator notes' })).not.toBeInTheDocument();
  });

  it('reveals a sort one card at a time with R, all with Shift+R, and hides them after the last', async () => {
    const { user } = renderApp(part('private-eye', 'sharing'));
    await screen.findByRole('heading', { level: 1, name: 'Sharing' });
    const bar = await screen.findByRole('region', { name: 'Classroom tools' });
    expect(screen.queryByRole('region', { name: 'Answers' })).not.toBeInTheDocument();

    await user.keyboard('r');
    await screen.findByRole('region', { name: 'Answers' });
    expect(answerList()).toHaveLength(1);
    expect(within(bar).getByText('1 of 12 revealed')).toBeInTheDocument();
    await user.keyboard('r');
    expect(answerList()).toHaveLength(2);
    const answers = screen.getByRole('region', { name: 'Answers' });
    expect(within(answers).getByText('Your favourite animal').closest('li')).toHaveTextContent(
      'Fine to share',
    );

    await user.keyboard('{Shift>}R{/Shift}');
    expect(answerList()).toHaveLength(12);
    expect(within(answers).getByText('Your password').closest('li')).toHaveTextContent('Never share online');
    expect(within(bar).getByRole('button', { name: /^Hide answers/ })).toBeInTheDocument();
    await user.keyboard('r');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Answers' })).not.toBeInTheDocument());
    expect(useStore.getState().progress).toEqual({});
  });

  it('reveals a kinder exercise round by round, and the class votes on A or B', async () => {
    const { user } = renderApp(part('be-nice', 'messages'));
    await screen.findByRole('heading', { level: 1, name: 'Messages' });
    const bubbles = within(screen.getByRole('group', { name: 'Which message is kinder?' })).getAllByRole(
      'button',
    );
    expect(bubbles.map((b) => b.querySelector('.option-letter')?.textContent)).toEqual(['A', 'B']);
    const vote = screen.getByRole('region', { name: 'Class vote' });
    expect(within(vote).getByRole('button', { name: '+1 A' })).toBeInTheDocument();
    expect(within(vote).getByRole('button', { name: '+1 B' })).toBeInTheDocument();
    expect(within(vote).getAllByRole('button', { name: /^\+1/ })).toHaveLength(2);

    await user.keyboard('r');
    expect(answerList()).toHaveLength(1);
    expect(answerList()[0]).toHaveTextContent('Round 1: the kinder message');
    await user.keyboard('r');
    expect(answerList()).toHaveLength(2);
    expect(answerList()[1]).toHaveTextContent('Round 2: the kinder message');
  });

  it('votes on true or false, statement by statement, with "Reveal next"', async () => {
    renderApp(part('truth-or-lie', 'trust'));
    await screen.findByRole('heading', { level: 1, name: 'Trust' });
    const vote = screen.getByRole('region', { name: 'Class vote' });
    expect(within(vote).getByRole('button', { name: '+1 True' })).toBeInTheDocument();
    expect(within(vote).getByRole('button', { name: '+1 False' })).toBeInTheDocument();
    const bar = await screen.findByRole('region', { name: 'Classroom tools' });
    expect(within(bar).getByRole('button', { name: /^Reveal next/ })).toBeInTheDocument();
  });

  it('shows no "Reveal" on a summary page or an opinion, where there is nothing to reveal', async () => {
    const { user } = renderApp(part('know-your-rights', 'my-top-3'));
    await screen.findByRole('heading', { level: 1, name: 'My top 3' });
    const bar = await screen.findByRole('region', { name: 'Classroom tools' });
    expect(within(bar).queryByRole('button', { name: /reveal|hide answer/i })).not.toBeInTheDocument();
    expect(within(bar).getByRole('button', { name: /^Show notes/ })).toBeInTheDocument();
    await user.keyboard('r');
    expect(screen.queryByRole('region', { name: 'Answers' })).not.toBeInTheDocument();
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(window.location.pathname).toBe(part('know-your-rights', 'rights-online')));
    expect(within(bar).queryByRole('button', { name: /reveal|hide answer/i })).not.toBeInTheDocument();
  });

  it('presenter keys go to the next and previous part, then to the module page', async () => {
    const { user } = renderApp(part('private-eye', 'sharing'));
    await screen.findByRole('heading', { level: 1, name: 'Sharing' });
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(window.location.pathname).toBe(part('private-eye', 'footprints')));
    await screen.findByRole('region', { name: 'Class vote' });
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(window.location.pathname).toBe(part('private-eye', 'sharing')));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(window.location.pathname).toBe('/en/workbook/private-eye/'));
    expect(useStore.getState().progress).toEqual({});
  });
});
