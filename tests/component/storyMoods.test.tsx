/**
 * Pictures say what the words say: beginning readers read the faces. Each page whose words tell how a child
 * feels is rendered from the real compiled content, and the picture must draw that child with that mood (and
 * the grown-up who listens, happy). A picture that goes back to smiling faces fails here.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { freshAppEachTest, renderApp } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

/** How each character is drawn in the page's picture, from the data attributes on their group. */
function moodsIn(picture: Element): Record<string, string | undefined> {
  return Object.fromEntries(
    [...picture.querySelectorAll('[data-character]')].map((g) => [
      g.getAttribute('data-character'),
      g.getAttribute('data-mood') ?? undefined,
    ]),
  );
}

const PAGES: [path: string, words: RegExp, moods: Record<string, string>][] = [
  ['/en/storybook/right-to-play/3', /Leo looks sad\./, { amara: 'happy', leo: 'sad' }],
  ['/en/storybook/right-to-play/5', /Amara and Leo laugh\./, { amara: 'laughing', leo: 'laughing' }],
  ['/en/storybook/screen-time/3', /eyes feel tired and itchy/, { omar: 'tired' }],
  ['/en/storybook/something-upsetting/2', /starts all by itself/, { mei: 'surprised' }],
  ['/en/storybook/something-upsetting/3', /Mei feels scared\./, { mei: 'worried' }],
  ['/en/storybook/something-upsetting/5', /"Thank you for telling me,"/, { mei: 'happy', grandpa: 'happy' }],
  ['/en/storybook/privacy/3', /she is not sure about the box/, { sofia: 'worried' }],
  [
    '/en/storybook/grown-ups-as-role-models/3',
    /Leo does not want everyone to see it\./,
    { dad: 'happy', leo: 'worried' },
  ],
];

describe('the faces in a story match its words', () => {
  it.each(PAGES)('%s', async (path, words, moods) => {
    renderApp(path);
    const article = await screen.findByRole('article');
    await waitFor(() => expect(article).toHaveTextContent(words));
    const picture = article.querySelector('svg.reader-picture');
    expect(picture).not.toBeNull();
    expect(moodsIn(picture as Element)).toEqual(moods);
  });

  it('shows the help page child who saw something scary as worried', async () => {
    renderApp('/en/help/storybook/');
    const steps = within(await screen.findByRole('region', { name: 'What to do right now' })).getAllByRole(
      'listitem',
    );
    expect(steps[0]).toHaveTextContent(/scary or yucky/);
    expect(moodsIn(steps[0] as Element)).toEqual({ mei: 'worried' });
  });
});
