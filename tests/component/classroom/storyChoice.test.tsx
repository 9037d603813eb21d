/**
 * Story 1 in classroom mode, through the whole app: the teacher turns pages with presenter keys, the class
 * votes on the choice, the kind answer appears only on cue (R), the way on is never blocked, and nothing
 * is saved for any seat.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../src/store/index.ts';
import { reveal } from '../../../src/features/classroom/useClassroom.ts';
import { freshAppEachTest, renderApp, seedProgress, STORY, storyProgress } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

const path = (page: number | 'end') => `/en/storybook/${STORY}/${page}`;
const BEST_REACTION = /Now they both play, and it is fun\./;
const SILLY_REACTION = /Boing! That is silly\./;
const paragraph = (text: RegExp) => (_: string, el: Element | null) =>
  el?.tagName === 'P' && text.test(el.textContent ?? '');

function classroomOn() {
  act(() => {
    reveal.hide();
    useStore.getState().updateSettings({ classroom: true });
  });
}

async function openChoice() {
  classroomOn();
  const app = renderApp(path(4));
  await screen.findByText(paragraph(/What should Amara do\?/));
  await screen.findByRole('heading', { name: 'Class vote' });
  return app;
}

describe('the story choice in classroom mode', () => {
  it('shows the options to vote on, with the kind answer hidden until R', async () => {
    const { user } = await openChoice();
    // Nothing to press on the pictures themselves: the class votes, the teacher reveals.
    expect(screen.queryByRole('button', { name: 'Take turns with Leo.' })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Choose one' })).toBeInTheDocument();
    expect(screen.queryByText(paragraph(BEST_REACTION))).not.toBeInTheDocument();
    expect(screen.queryByText('The kind choice')).not.toBeInTheDocument();
    expect(screen.getByText('Vote, then press R or “Reveal answer”.')).toBeInTheDocument();
    // Lettered, so the class can call them out: A and B on the pictures, as in the vote.
    const options = within(screen.getByRole('list', { name: 'Choose one' })).getAllByRole('listitem');
    expect(options.map((o) => o.querySelector('.option-letter')?.textContent)).toEqual(['A', 'B']);
    // The class's own order (seeded by the story, the same on every device) puts the kind choice second here.
    expect(options[1]).toHaveTextContent('Take turns with Leo.');

    await user.keyboard('r');
    await waitFor(() => expect(screen.getByText(paragraph(BEST_REACTION))).toBeVisible());
    const tag = screen.getByText('The kind choice');
    expect(tag.closest('li')).toHaveTextContent('Take turns with Leo.');
    expect(tag.closest('li')).toHaveAttribute('data-best', 'true');
    expect(screen.getByText('Answer revealed')).toBeInTheDocument();

    await user.keyboard('r');
    await waitFor(() => expect(screen.queryByText(paragraph(BEST_REACTION))).not.toBeInTheDocument());
    expect(storyProgress()).toBeUndefined();
  });

  it('counts the class vote, and the counts stay when the answer is revealed', async () => {
    const { user } = await openChoice();
    const addBest = screen.getByRole('button', { name: '+1 B Take turns with Leo.' });
    await user.click(addBest);
    await user.click(addBest);
    await user.click(screen.getByRole('button', { name: '+1 A Bounce the tablet like a ball!' }));
    const countFor = (label: string) =>
      screen
        .getAllByText(label)
        .find((el) => el.closest('.vote-option'))
        ?.closest('li')
        ?.querySelector('.vote-count')?.textContent;
    expect(countFor('Take turns with Leo.')).toBe('2 hands');
    expect(countFor('Bounce the tablet like a ball!')).toBe('1 hand');
    await user.keyboard('r');
    await waitFor(() => expect(screen.getByText(paragraph(BEST_REACTION))).toBeVisible());
    expect(countFor('Take turns with Leo.')).toBe('2 hands');
    expect(useStore.getState().progress).toEqual({});
  });

  it('never blocks the way on: Next, PageDown and the arrows move on without a choice, one page at a time', async () => {
    const { user } = await openChoice();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeEnabled();
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(window.location.pathname).toBe(path(5)));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(window.location.pathname).toBe(path(4)));
    await screen.findByRole('heading', { name: 'Class vote' });
    // One arrow press is one page (the reader's own arrow keys stand aside in classroom mode).
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(window.location.pathname).toBe(path(5)));
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(window.location.pathname).toBe(path(4)));
    await screen.findByRole('heading', { name: 'Class vote' });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(window.location.pathname).toBe(path(5)));
    expect(storyProgress()).toBeUndefined();
  });

  it('a reveal belongs to its page: turning the page and coming back hides it again', async () => {
    const { user } = await openChoice();
    await user.keyboard('r');
    await waitFor(() => expect(screen.getByText(paragraph(BEST_REACTION))).toBeVisible());
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(window.location.pathname).toBe(path(5)));
    await user.keyboard('{PageUp}');
    await screen.findByRole('heading', { name: 'Class vote' });
    expect(screen.queryByText(paragraph(BEST_REACTION))).not.toBeInTheDocument();
  });

  it("ignores a child's earlier choice on this device: only the reveal shows an answer", async () => {
    seedProgress({ step: 3, choice: 'bounce-the-tablet', done: false });
    await openChoice();
    expect(screen.queryByText(paragraph(SILLY_REACTION))).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(storyProgress()).toEqual({ step: 3, choice: 'bounce-the-tablet', done: false });
  });

  it("out of classroom mode the choice is the child's again, buttons and all", async () => {
    const { user } = await openChoice();
    act(() => useStore.getState().updateSettings({ classroom: false }));
    const best = await screen.findByRole('button', { name: 'Take turns with Leo.' });
    expect(screen.queryByRole('heading', { name: 'Class vote' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    await user.click(best);
    await waitFor(() => expect(screen.getByText(paragraph(BEST_REACTION))).toBeVisible());
    expect(storyProgress()?.choice).toBe('take-turns'); // saved again, now that it is the child's
  });
});
