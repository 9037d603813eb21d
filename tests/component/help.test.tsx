/**
 * Help for children: the header's Help opens the page for the child's age with no gate; the under-9 page is
 * pictures and words read aloud, with no link out; the teen page marks every link out; the end of a story, a
 * module's recap and a rule's next steps all point to help.
 */
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshAppEachTest, renderApp } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

const helpLink = () => within(screen.getByRole('banner')).getByRole('link', { name: 'Help' });

afterEach(() => {
  // @ts-expect-error: remove the fake speech engine so the next test starts without one
  delete window.speechSynthesis;
  vi.unstubAllGlobals();
});

describe('help', () => {
  it('the header Help on a story page opens the under-9 help, with no gate and no link out', async () => {
    const { user } = renderApp('/en/storybook/right-to-play/2');
    await screen.findByText(/farm game/);
    expect(helpLink()).toHaveAttribute('href', '/en/help/storybook/');
    await user.click(helpLink());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tell a grown-up you trust.' }),
    ).toBeVisible();
    expect(screen.getByText('You are not in trouble.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /hold/i })).not.toBeInTheDocument();
    const steps = within(screen.getByRole('region', { name: 'What to do right now' })).getAllByRole(
      'listitem',
    );
    expect(steps).toHaveLength(4);
    expect(steps[0]).toHaveTextContent(/Turn the screen over/);
    const main = screen.getByRole('main');
    expect([...main.querySelectorAll('a')].filter((a) => !a.getAttribute('href')?.startsWith('/'))).toEqual(
      [],
    );
    expect(helpLink()).toHaveAttribute('aria-current', 'page');
  });

  it('on a page of no tier, opens the page that asks whose help it is; each choice opens that age', async () => {
    const { user } = renderApp('/en/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await user.click(helpLink());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Who is the help for?' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'For ages 13 to 18' }));
    expect(window.location.pathname).toBe('/en/help/net-rules/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Get help now' })).toBeInTheDocument();
  });

  it('the teen page lists what is happening, and every link out says it opens another website', async () => {
    renderApp('/en/help/net-rules/');
    const contents = await screen.findByRole('navigation', { name: 'What is happening?' });
    expect(within(contents).getByRole('link', { name: /threatening to share an image/ })).toHaveAttribute(
      'href',
      '#sextortion',
    );
    const out = screen.getAllByRole('link', { name: /opens another website in a new tab/ });
    expect(out.map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining([
        'https://takeitdown.ncmec.org/',
        'https://childhelplineinternational.org/helplines/',
      ]),
    );
    for (const a of out) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('the under-9 page can be read aloud: the lead, then each step, in order', async () => {
    const spoken: string[] = [];
    const ends: (() => void)[] = [];
    class Utterance {
      voice = null;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      onerror = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [{ lang: 'en-GB', name: 'en', localService: true, default: true }],
        speak: (u: Utterance) => {
          spoken.push(u.text);
          ends.push(() => u.onend?.());
        },
        cancel: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
    const { user } = renderApp('/en/help/storybook/');
    await user.click(await screen.findByRole('button', { name: 'Read to me' }));
    for (let i = 0; i < 4; i++) act(() => ends[i]?.());
    expect(spoken.slice(0, 4)).toEqual([
      'Tell a grown-up you trust.',
      'You are not in trouble.',
      'Did you see something scary or yucky?',
      'Turn the screen over.',
    ]);
  });

  it.each([
    ['/en/storybook/right-to-play/7', 'Need help? Tell a grown\u2011up you trust', '/en/help/storybook/'],
    ['/en/workbook/help/', 'Need help? Find out who can help you', '/en/help/workbook/'],
  ])('%s points to help', async (path, name, href) => {
    renderApp(path);
    expect(await screen.findByRole('link', { name })).toHaveAttribute('href', href);
  });
});
