/** The story shelf: covers as links, a star on finished stories, and resuming where the child left off. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/store/index.ts';
import { renderApp, seedProgress, STORY, freshAppEachTest } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

const TITLE = 'Amara and Leo Take Turns';
const cover = () => screen.findByRole('link', { name: new RegExp(TITLE) });

describe('the shelf', () => {
  it('lists the stories as cover links; the first that opens page 1, with no star yet', async () => {
    const { user } = renderApp('/en/storybook/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Online with Sango' })).toBeInTheDocument();
    const shelf = screen.getByRole('list');
    const link = within(shelf).getByRole('link', { name: TITLE });
    expect(within(shelf).getAllByRole('listitem')).toHaveLength(6); // the six stories of the book
    expect(link).toHaveAttribute('href', `/en/storybook/${STORY}/1`);
    expect(within(link).queryByRole('img', { name: 'Finished' })).not.toBeInTheDocument();

    await user.click(link);
    expect(await screen.findByText(/This is Amara\./)).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/en/storybook/${STORY}/1`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(TITLE);
  });

  it('shows a star named "Finished" on a finished story, which opens again at its start', async () => {
    seedProgress({ step: 6, choice: 'take-turns', done: true });
    renderApp('/en/storybook/');
    const link = await cover();
    expect(within(link).getByRole('img', { name: 'Finished' })).toBeInTheDocument();
    expect(link).toHaveAttribute('href', `/en/storybook/${STORY}/1`);
  });

  it('links an in-progress story to the page the child left (step + 1), and resumes there', async () => {
    seedProgress({ step: 2, choice: null, done: false });
    const { user } = renderApp('/en/storybook/');
    const link = await cover();
    expect(link).toHaveAttribute('href', `/en/storybook/${STORY}/3`);
    expect(within(link).queryByRole('img', { name: 'Finished' })).not.toBeInTheDocument();

    await user.click(link);
    // The page's words are split into sentences for read-aloud, so match the whole paragraph.
    const page3 = (_: string, el: Element | null) =>
      el?.tagName === 'P' && /"My turn!" she says\./.test(el.textContent ?? '');
    expect(await screen.findByText(page3)).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/en/storybook/${STORY}/3`);
  });

  it('follows the store live: finishing the story elsewhere puts the star on the shelf', async () => {
    renderApp('/en/storybook/');
    const link = await cover();
    expect(within(link).queryByRole('img', { name: 'Finished' })).not.toBeInTheDocument();
    seedProgress({ step: 6, choice: 'take-turns', done: true });
    expect(await within(link).findByRole('img', { name: 'Finished' })).toBeInTheDocument();
  });

  it("shows only the active seat's stars and pages", async () => {
    useStore.setState({
      seats: {
        list: [
          { id: 'seat-1', animal: 'owl', colour: 'teal' },
          { id: 'seat-2', animal: 'fox', colour: 'orange' },
        ],
        active: 'seat-2',
      },
      progress: {
        'seat-1': {
          stories: { [STORY]: { step: 6, choice: 'take-turns', done: true } },
          exercises: {},
          rules: {},
          quick: null,
          level1: null,
        },
      },
    });
    renderApp('/en/storybook/');
    const link = await cover();
    expect(within(link).queryByRole('img', { name: 'Finished' })).not.toBeInTheDocument();
    expect(link).toHaveAttribute('href', `/en/storybook/${STORY}/1`);
  });
});
