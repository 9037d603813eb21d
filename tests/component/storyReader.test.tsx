/**
 * The story reader, rendered through the whole app at a deep link and driven like a child would: buttons,
 * arrow keys, swipes, taps and keyboard-only. Content is the real compiled story 1 (content/en/storybook).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, seedProgress, STORY, storyProgress, tabTo, freshAppEachTest } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

const TITLE = 'Amara and Leo Take Turns';
const PAGE_TEXT = {
  1: /This is Amara\. This is her friend Leo\./,
  2: /But there is only one tablet\./,
  3: /"My turn!" she says\./,
  4: 'What should Amara do?',
  5: /Taking turns is fair\./,
  6: /Every child has the right to play/,
  7: /What games do you like to play\?/,
} as const;
const HINT = /Games are more fun with a friend\./;
const BEST_REACTION = /Now they both play, and it is fun\./;
const SILLY_REACTION = /Boing! That is silly\. A tablet is not a ball\./;

const path = (page: number | 'end') => `/en/storybook/${STORY}/${page}`;
const nextButton = () => screen.getByRole('button', { name: 'Next page' });
const previousButton = () => screen.getByRole('button', { name: 'Previous page' });
const bestOption = () => screen.getByRole('button', { name: 'Take turns with Leo.' });
const sillyOption = () => screen.getByRole('button', { name: 'Bounce the tablet like a ball!' });

/**
 * Matches a whole paragraph by its text: story pages are rendered as sentence spans (for read-aloud
 * highlighting), so a phrase may cross element boundaries.
 */
function paragraph(text: string | RegExp) {
  return (_content: string, el: Element | null) =>
    el?.tagName === 'P' &&
    (typeof text === 'string' ? el.textContent === text : text.test(el.textContent ?? ''));
}

/** Waits until the text is on screen and has faded in (framer-motion starts pages and reactions at opacity 0). */
async function expectVisible(text: string | RegExp) {
  await waitFor(() => expect(screen.getByText(paragraph(text))).toBeVisible());
}

/** Waits for a page to be on screen, in the URL, and the previous page to be gone. */
async function expectPage(page: keyof typeof PAGE_TEXT) {
  expect(await screen.findByText(paragraph(PAGE_TEXT[page]))).toBeInTheDocument();
  expect(window.location.pathname).toBe(path(page));
  expect(screen.getByText(`Page ${page} of 8`)).toBeInTheDocument();
  for (const [other, text] of Object.entries(PAGE_TEXT))
    if (Number(other) !== page) expect(screen.queryByText(paragraph(text))).not.toBeInTheDocument();
}

/** A one-finger swipe across the page (or a mouse drag, which must not turn pages). */
function swipe(dx: number, { dy = 0, pointerType = 'touch' }: { dy?: number; pointerType?: string } = {}) {
  const page = screen.getByRole('article');
  fireEvent.pointerDown(page, { pointerType, clientX: 300, clientY: 200 });
  fireEvent.pointerUp(page, { pointerType, clientX: 300 + dx, clientY: 200 + dy });
}

/** A finger tap (touch pointer down and up in place). */
async function tap(user: UserEvent, target: HTMLElement) {
  await user.pointer({ keys: '[TouchA]', target });
}

describe('reading pages', () => {
  it('opens on page 1 with the story title as the one h1 and its first words', async () => {
    renderApp(path(1));
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(TITLE);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await expectPage(1);
    expect(previousButton()).toBeDisabled();
    expect(nextButton()).toBeEnabled();
    expect(document.title).toBe(`${TITLE} · Sango`);
    expect(storyProgress()?.done ?? false).toBe(false);
  });

  it('"Next page" goes to page 2, "Previous page" comes back, and the store follows', async () => {
    const { user } = renderApp(path(1));
    await expectPage(1);
    await user.click(nextButton());
    await expectPage(2);
    expect(storyProgress()?.step).toBe(1);
    // Back to the top; focus stays on "Next page" so a child can keep pressing it (the page's words are
    // announced by the live region around the page instead).
    expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
    expect(nextButton()).toHaveFocus();
    expect(previousButton()).toBeEnabled();
    await user.click(previousButton());
    await expectPage(1);
    expect(previousButton()).toBeDisabled();
    expect(storyProgress()?.step).toBe(0);
  });

  it('a deep link opens that exact page and remembers it', async () => {
    renderApp(path(3));
    await expectPage(3);
    expect(storyProgress()).toEqual({ step: 2, choice: null, done: false });
  });

  it('ArrowRight turns forward and ArrowLeft back; modified arrows are left to the browser', async () => {
    const { user } = renderApp(path(1));
    await expectPage(1);
    await user.keyboard('{ArrowLeft}'); // nothing before page 1
    expect(window.location.pathname).toBe(path(1));
    await user.keyboard('{ArrowRight}');
    await expectPage(2);
    await user.keyboard('{ArrowRight}');
    await expectPage(3);
    await user.keyboard('{ArrowLeft}');
    await expectPage(2);
    // Alt+Left is the browser's Back, Shift+arrows select text: the reader must not also turn the page.
    await user.keyboard(
      '{Alt>}{ArrowRight}{/Alt}{Shift>}{ArrowLeft}{/Shift}{Control>}{ArrowRight}{/Control}',
    );
    expect(window.location.pathname).toBe(path(2));
  });

  it('in right-to-left, ArrowLeft goes forward and ArrowRight goes back', async () => {
    const { user } = renderApp(path(2));
    await expectPage(2);
    document.documentElement.dir = 'rtl';
    await user.keyboard('{ArrowLeft}');
    await expectPage(3);
    await user.keyboard('{ArrowRight}');
    await expectPage(2);
    await user.keyboard('{ArrowRight}');
    await expectPage(1);
  });

  it('a swipe towards the start of the line turns forward, the other way back', async () => {
    renderApp(path(1));
    await expectPage(1);
    swipe(-120);
    await expectPage(2);
    swipe(120);
    await expectPage(1);
  });

  it('in right-to-left, a swipe to the right turns forward', async () => {
    renderApp(path(2));
    await expectPage(2);
    document.documentElement.dir = 'rtl';
    swipe(120);
    await expectPage(3);
    swipe(-120);
    await expectPage(2);
  });

  it('short, mostly vertical (scrolling) or mouse drags do not turn pages', async () => {
    const { user } = renderApp(path(2));
    await expectPage(2);
    swipe(-40); // too short
    swipe(-100, { dy: 90 }); // a scroll, not a swipe
    swipe(-120, { pointerType: 'mouse' }); // selecting text with a mouse
    expect(window.location.pathname).toBe(path(2));
    // A tap on the page (touch down and up in place) is not a swipe either.
    await tap(user, screen.getByRole('article'));
    expect(window.location.pathname).toBe(path(2));
  });

  it('an unknown story says so and leads back to the shelf', async () => {
    renderApp('/en/storybook/no-such-story/1');
    expect(await screen.findByRole('heading', { level: 1, name: "We can't find this story." })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the stories' })).toHaveAttribute(
      'href',
      '/en/storybook/',
    );
  });
});

describe('the choice page', () => {
  it('blocks going on (button, key and swipe) until the best option is chosen', async () => {
    const { user } = renderApp(path(4));
    await expectPage(4);
    expect(within(screen.getByRole('group', { name: 'Choose one' })).getAllByRole('button')).toHaveLength(2);
    expect(nextButton()).toBeDisabled();
    await user.keyboard('{ArrowRight}');
    swipe(-120);
    expect(window.location.pathname).toBe(path(4));
    // Going back is always allowed.
    expect(previousButton()).toBeEnabled();
  });

  it('the hint button reveals the hint', async () => {
    const { user } = renderApp(path(4));
    await expectPage(4);
    expect(screen.queryByText(paragraph(HINT))).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ask Sango for a hint' }));
    await expectVisible(HINT);
    expect(screen.queryByRole('button', { name: 'Ask Sango for a hint' })).not.toBeInTheDocument();
    expect(nextButton()).toBeDisabled(); // a hint is not an answer
  });

  it('tapping the silly option shows its reaction and "Try again", which clears the choice', async () => {
    const { user } = renderApp(path(4));
    await expectPage(4);
    await tap(user, sillyOption());
    await expectVisible(SILLY_REACTION);
    expect(sillyOption()).toHaveAttribute('aria-pressed', 'true');
    expect(bestOption()).toHaveAttribute('aria-pressed', 'false');
    expect(nextButton()).toBeDisabled();
    expect(window.location.pathname).toBe(path(4)); // the tap was not taken for a swipe
    expect(storyProgress()).toEqual({ step: 3, choice: 'bounce-the-tablet', done: false });

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(paragraph(SILLY_REACTION))).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(sillyOption()).toHaveAttribute('aria-pressed', 'false');
    expect(nextButton()).toBeDisabled();
    expect(storyProgress()).toEqual({ step: 3, choice: null, done: false });
  });

  it('clicking the best option shows its reaction, enables Next and is saved', async () => {
    const { user } = renderApp(path(4));
    await expectPage(4);
    await user.click(bestOption());
    await expectVisible(BEST_REACTION);
    expect(bestOption()).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(nextButton()).toBeEnabled();
    expect(storyProgress()).toEqual({ step: 3, choice: 'take-turns', done: false });

    await user.click(nextButton());
    await expectPage(5);
    expect(storyProgress()).toEqual({ step: 4, choice: 'take-turns', done: false });

    // Coming back, the choice is remembered and the way on stays open.
    await user.keyboard('{ArrowLeft}');
    await expectPage(4);
    await expectVisible(BEST_REACTION);
    expect(bestOption()).toHaveAttribute('aria-pressed', 'true');
    expect(nextButton()).toBeEnabled();
  });

  it('works keyboard-only: Tab to each button, Space and Enter press it', async () => {
    const { user } = renderApp(path(4));
    await expectPage(4);

    await tabTo(user, screen.getByRole('button', { name: 'Ask Sango for a hint' }));
    await user.keyboard('{Enter}');
    await expectVisible(HINT);

    await tabTo(user, sillyOption());
    await user.keyboard(' ');
    await expectVisible(SILLY_REACTION);
    expect(storyProgress()?.choice).toBe('bounce-the-tablet');

    await tabTo(user, screen.getByRole('button', { name: 'Try again' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(storyProgress()?.choice).toBeNull());
    expect(screen.queryByText(paragraph(SILLY_REACTION))).not.toBeInTheDocument();

    await tabTo(user, bestOption());
    await user.keyboard('{Enter}');
    await expectVisible(BEST_REACTION);
    expect(storyProgress()?.choice).toBe('take-turns');

    await tabTo(user, nextButton());
    await user.keyboard(' ');
    await expectPage(5);
  });

  // A re-render after an in-app navigation (here: the choice saved to the store) must not move focus to the
  // h1, or a keyboard user loses their place and a screen reader reads the title instead of the reaction.
  it('keeps focus on the option just pressed', async () => {
    const { user } = renderApp(path(3));
    await expectPage(3);
    await user.click(nextButton()); // an in-app page turn, as a child reading along would make
    await expectPage(4);
    const best = bestOption();
    await tabTo(user, best);
    await user.keyboard('{Enter}');
    await expectVisible(BEST_REACTION);
    expect(document.activeElement).toBe(best);
  });
});

describe('the end', () => {
  it('reaching the end marks the story done and shows the star message', async () => {
    seedProgress({ step: 5, choice: 'take-turns', done: false });
    const { user } = renderApp(path(7));
    await expectPage(7);
    expect(storyProgress()).toEqual({ step: 6, choice: 'take-turns', done: false });
    await user.click(nextButton());
    await expectVisible('You earned a star for this story.');
    await expectVisible('The end!');
    expect(screen.getByText('Page 8 of 8')).toBeInTheDocument();
    expect(window.location.pathname).toBe(path('end'));
    expect(storyProgress()).toEqual({ step: 6, choice: 'take-turns', done: true });
    expect(nextButton()).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Back to the stories' })).toHaveAttribute(
      'href',
      '/en/storybook/',
    );
    await user.keyboard('{ArrowRight}'); // nothing after the end
    expect(window.location.pathname).toBe(path('end'));
  });

  it('"Read again" goes back to page 1, clears the choice and keeps the star', async () => {
    seedProgress({ step: 6, choice: 'take-turns', done: true });
    const { user } = renderApp(path('end'));
    await expectVisible('You earned a star for this story.');
    await user.click(screen.getByRole('button', { name: 'Read again' }));
    await expectPage(1);
    expect(storyProgress()).toEqual({ step: 0, choice: null, done: true });

    // Reading on to the choice page, the old answer is not pre-filled: the child chooses again.
    await user.click(nextButton());
    await expectPage(2);
    await user.click(nextButton());
    await expectPage(3);
    await user.click(nextButton());
    await expectPage(4);
    expect(nextButton()).toBeDisabled();
    expect(storyProgress()).toEqual({ step: 3, choice: null, done: true });
  });
});
