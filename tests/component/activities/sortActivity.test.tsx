/**
 * Sort: cards into bins, completed three ways (pointer drag, tap then tap, keyboard only); a wrong card comes
 * back saying "Not this one" with the hint, the retry works, and onComplete is called once with firstTry.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SortActivity } from '../../../src/features/workbook/activities/sort/SortActivity.tsx';
import { SortWorksheet } from '../../../src/features/workbook/activities/sort/SortWorksheet.tsx';
import {
  exercise,
  para,
  pointerDrag,
  renderActivity,
  setUpActivities,
  shown,
  tabTo,
  text,
} from './activityHarness.tsx';

setUpActivities();

const SORT = exercise({
  id: 'rights-or-wants',
  type: 'sort',
  bins: [
    { id: 'right', label: text('Rights') },
    { id: 'want', label: text('Wants') },
  ],
  items: [
    {
      id: 'clean-air',
      label: text('Clean air'),
      explain: para('Everyone needs clean air to live.'),
      bin: 'right',
    },
    { id: 'school', label: text('Going to school'), explain: para('Every child may learn.'), bin: 'right' },
    {
      id: 'new-phone',
      label: text('A new phone'),
      explain: para('Nice to have, but not a right.'),
      bin: 'want',
    },
    { id: 'sweets', label: text('Lots of sweets'), explain: para('Fun, but not a need.'), bin: 'want' },
  ],
  hint: para('Ask: do I need it to live and grow well?'),
  feedback: para('Rights are what every child needs.'),
});
const ANSWER: Record<string, 'Rights' | 'Wants'> = {
  'Clean air': 'Rights',
  'Going to school': 'Rights',
  'A new phone': 'Wants',
  'Lots of sweets': 'Wants',
};

const card = (name: string) => screen.getByRole('button', { name });
const bin = (name: string) => screen.getByRole('group', { name });
const putIn = (name: string) => screen.getByRole('button', { name: `Put in “${name}”` });
/** A bin's count, which opens (and closes) what it holds: "2 cards in “Rights”". */
const openBin = (name: string) => screen.getByRole('button', { name });
const check = () => screen.getByRole('button', { name: 'Check my answers' });
const live = () => screen.getByRole('status');

function expectDone() {
  expect(shown('Well done!')).toBeInTheDocument();
  expect(screen.getByText('Rights are what every child needs.')).toBeInTheDocument();
  expect(screen.getAllByText('Correct')).toHaveLength(4);
  expect(screen.getByText('Everyone needs clean air to live.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Check my answers' })).not.toBeInTheDocument();
}

describe('sort activity', () => {
  it('completes by dragging each card onto its bin (pointer events)', async () => {
    const { user, onComplete } = renderActivity(SortActivity, SORT);
    expect(screen.getByText('4 cards left')).toBeInTheDocument();
    for (const [name, binName] of Object.entries(ANSWER)) pointerDrag(card(name), bin(binName));
    expect(screen.queryByText(/cards? left/)).toHaveTextContent('0 cards left');
    expect(within(bin('Rights')).getByText('Clean air')).toBeInTheDocument();
    expect(within(bin('Wants')).getByText('Lots of sweets')).toBeInTheDocument();
    expect(live()).toHaveTextContent('“Lots of sweets” is in “Wants”.');
    await user.click(check());
    expectDone();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
  });

  it('a drop outside any bin leaves the card in the pile; the click after a drag is not a tap', async () => {
    const { user } = renderActivity(SortActivity, SORT);
    pointerDrag(card('Clean air'), document.body, 'mouse');
    expect(screen.getByText('4 cards left')).toBeInTheDocument();
    // A mouse fires a click after the drag: it must not pick the card.
    fireEvent.click(card('Clean air'));
    expect(card('Clean air')).toHaveAttribute('aria-pressed', 'false');
    // A real tap right after still picks it (and a tap on another card is never swallowed).
    await user.click(card('A new phone'));
    expect(card('A new phone')).toHaveAttribute('aria-pressed', 'true');
    await user.click(card('Clean air'));
    expect(card('Clean air')).toHaveAttribute('aria-pressed', 'true');
  });

  it('a press that moves less than 6 px is not a drag', () => {
    renderActivity(SortActivity, SORT);
    document.elementFromPoint = () => bin('Rights');
    const at = (x: number) => ({ pointerId: 3, pointerType: 'touch', clientX: x, clientY: 20 });
    fireEvent.pointerDown(card('Clean air'), at(20));
    fireEvent.pointerMove(card('Clean air'), at(24));
    fireEvent.pointerUp(card('Clean air'), at(24));
    expect(screen.getByText('4 cards left')).toBeInTheDocument();
  });

  it('completes by tapping a card, then a bin', async () => {
    const { user, onComplete } = renderActivity(SortActivity, SORT);
    await user.click(card('Clean air'));
    expect(card('Clean air')).toHaveAttribute('aria-pressed', 'true');
    expect(live()).toHaveTextContent('“Clean air” is picked. Now choose where it goes.');
    await user.click(putIn('Rights'));
    expect(within(bin('Rights')).getByText('Clean air')).toBeInTheDocument();
    expect(screen.getByText('3 cards left')).toBeInTheDocument();
    for (const name of ['Going to school', 'A new phone', 'Lots of sweets']) {
      await user.click(card(name));
      await user.click(putIn(ANSWER[name] ?? ''));
    }
    expect(screen.getByText('0 cards left')).toBeInTheDocument();
    await user.click(check());
    expectDone();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('tapping a bin with no card picked says what to do', async () => {
    const { user } = renderActivity(SortActivity, SORT);
    await user.click(putIn('Wants'));
    expect(live()).toHaveTextContent('Tap a card, then tap where it goes. You can also drag it.');
    expect(screen.getByText('4 cards left')).toBeInTheDocument();
  });

  it('completes with the keyboard only: Tab, Enter or Space to pick, Tab to a bin, Enter to place', async () => {
    const { user, onComplete } = renderActivity(SortActivity, SORT);
    await tabTo(user, card('A new phone'));
    await user.keyboard('{Enter}');
    expect(card('A new phone')).toHaveAttribute('aria-pressed', 'true');
    // Focus goes to the first bin; Tab goes on to the next one.
    expect(document.activeElement).toBe(putIn('Rights'));
    await tabTo(user, putIn('Wants'));
    await user.keyboard('{Enter}');
    expect(within(bin('Wants')).getByText('A new phone')).toBeInTheDocument();

    // Escape puts a picked card down, focus back on it.
    await tabTo(user, card('Clean air'));
    await user.keyboard(' ');
    expect(card('Clean air')).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(card('Clean air')).toHaveAttribute('aria-pressed', 'false');
    expect(document.activeElement).toBe(card('Clean air'));

    for (const name of ['Clean air', 'Going to school', 'Lots of sweets']) {
      await tabTo(user, card(name));
      await user.keyboard(' ');
      await tabTo(user, putIn(ANSWER[name] ?? ''));
      await user.keyboard('{Enter}');
    }
    // After the last card, focus is on "Check my answers".
    expect(document.activeElement).toBe(check());
    await user.keyboard('{Enter}');
    expectDone();
    expect(document.activeElement).toHaveTextContent('Well done!');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('a placed card can be taken back to the pile', async () => {
    const { user } = renderActivity(SortActivity, SORT);
    await user.click(card('Clean air'));
    await user.click(putIn('Wants'));
    expect(screen.getByText('3 cards left')).toBeInTheDocument();
    // What a bin holds is folded away behind its count, which opens it.
    await user.click(openBin('1 card in “Wants”'));
    await user.click(screen.getByRole('button', { name: 'Take “Clean air” back' }));
    expect(screen.getByText('4 cards left')).toBeInTheDocument();
    expect(within(bin('Wants')).queryByText('Clean air')).not.toBeInTheDocument();
    // A placed card can also be dragged back to the pile, or to another bin.
    pointerDrag(card('Going to school'), bin('Wants'));
    await user.click(openBin('1 card in “Wants”'));
    pointerDrag(within(bin('Wants')).getByText('Going to school'), bin('Rights'));
    expect(within(bin('Rights')).getByText('Going to school')).toBeInTheDocument();
    await user.click(openBin('1 card in “Rights”'));
    pointerDrag(within(bin('Rights')).getByText('Going to school'), screen.getByText('3 cards left'));
    expect(screen.getByText('4 cards left')).toBeInTheDocument();
  });

  it('placed cards fold away behind the count of their bin; one bin opens at a time, to see them or take one back', async () => {
    const { user } = renderActivity(SortActivity, SORT);
    expect(screen.queryByRole('button', { name: /cards? in “/ })).not.toBeInTheDocument();
    for (const name of ['Clean air', 'Going to school']) {
      await user.click(card(name));
      await user.click(putIn('Rights'));
    }
    await user.click(card('A new phone'));
    await user.click(putIn('Wants'));
    const rights = openBin('2 cards in “Rights”');
    expect(rights).toHaveAttribute('aria-expanded', 'false');
    expect(within(bin('Rights')).getByText('Clean air')).not.toBeVisible();
    expect(screen.queryByRole('button', { name: 'Take “Clean air” back' })).not.toBeInTheDocument();

    await user.click(rights);
    expect(rights).toHaveAttribute('aria-expanded', 'true');
    // Visible once their fade-in has finished (see "when all are right" below).
    await waitFor(() => {
      expect(within(bin('Rights')).getByText('Clean air')).toBeVisible();
      expect(within(bin('Rights')).getByText('Going to school')).toBeVisible();
    });
    expect(screen.getByRole('button', { name: 'Take “Going to school” back' })).toBeInTheDocument();

    // Opening another bin folds the first away again; its own count closes it.
    await user.click(openBin('1 card in “Wants”'));
    expect(rights).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(within(bin('Wants')).getByText('A new phone')).toBeVisible());
    await user.click(openBin('1 card in “Wants”'));
    expect(openBin('1 card in “Wants”')).toHaveAttribute('aria-expanded', 'false');
    expect(within(bin('Wants')).getByText('A new phone')).not.toBeVisible();

    // A bin whose last card goes back closes, and stays closed when a card lands in it again.
    await user.click(openBin('1 card in “Wants”'));
    await user.click(screen.getByRole('button', { name: 'Take “A new phone” back' }));
    expect(screen.queryByRole('button', { name: /cards? in “Wants”/ })).toBeNull();
    await user.click(card('A new phone'));
    await user.click(putIn('Wants'));
    expect(openBin('1 card in “Wants”')).toHaveAttribute('aria-expanded', 'false');
  });

  it('when all are right, every bin is a heading over its cards, each with why', async () => {
    const { user } = renderActivity(SortActivity, SORT);
    for (const [name, binName] of Object.entries(ANSWER)) {
      await user.click(card(name));
      await user.click(putIn(binName));
    }
    await user.click(check());
    expect(screen.getByRole('heading', { name: 'Rights' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Wants' })).toBeInTheDocument();
    // Placed cards fade in (framer-motion, skipped in tests but still finished on the next frame): wait for it.
    await waitFor(() => {
      expect(within(bin('Wants')).getByText('Fun, but not a need.')).toBeVisible();
      expect(within(bin('Rights')).getByText('Everyone needs clean air to live.')).toBeVisible();
    });
    expect(screen.queryByRole('button', { name: /Put in|cards? in “/ })).not.toBeInTheDocument();
  });

  it('a wrong card comes back with "Not this one" and the hint; the retry completes, not on the first try', async () => {
    const { user, onComplete } = renderActivity(SortActivity, SORT);
    const wrong = { ...ANSWER, 'Lots of sweets': 'Rights' } as const;
    for (const [name, binName] of Object.entries(wrong)) {
      await user.click(card(name));
      await user.click(putIn(binName));
    }
    await user.click(check());
    expect(onComplete).not.toHaveBeenCalled();
    expect(shown('1 answer is not right yet. Look at the hint and try again.')).toBeInTheDocument();
    expect(screen.getByText('Hint')).toBeInTheDocument();
    expect(screen.getByText('Ask: do I need it to live and grow well?')).toBeInTheDocument();
    expect(screen.getByText('1 card left')).toBeInTheDocument();
    const back = screen.getByRole('button', { name: /Lots of sweets/ });
    expect(back).toHaveTextContent('Not this one');
    expect(within(bin('Rights')).queryByText('Lots of sweets')).not.toBeInTheDocument();
    // The right ones stay, with why, and cannot be taken back.
    expect(within(bin('Rights')).getByText('Every child may learn.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take “Clean air” back' })).not.toBeInTheDocument();
    expect(screen.queryByText('Nice to have, but not a right.')).toBeInTheDocument();
    expect(screen.queryByText('Fun, but not a need.')).not.toBeInTheDocument();

    await user.click(back);
    await user.click(putIn('Wants'));
    expect(screen.queryByText('Not this one')).not.toBeInTheDocument();
    await user.click(check());
    expectDone();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: false, slips: ['sweets'] });
  });

  it('an opinion sort has no wrong bin: any placement completes, with thanks', async () => {
    const { user, onComplete } = renderActivity(SortActivity, { ...SORT, opinion: true });
    for (const name of Object.keys(ANSWER)) {
      await user.click(card(name));
      await user.click(putIn('Wants'));
    }
    await user.click(check());
    expect(shown('Thank you for sharing what you think.')).toBeInTheDocument();
    expect(screen.queryByText('Correct')).not.toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('works in a right-to-left page too (drag offsets are screen pixels)', async () => {
    document.documentElement.dir = 'rtl';
    const { user, onComplete } = renderActivity(SortActivity, SORT);
    for (const [name, binName] of Object.entries(ANSWER)) pointerDrag(card(name), bin(binName));
    await user.click(check());
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });
});

describe('sort worksheet', () => {
  it('lists the instructions, the cards and an empty box per bin, with no answers and no buttons', () => {
    const { container } = render(<SortWorksheet exercise={SORT} />);
    expect(screen.getByText('Do the exercise.')).toBeInTheDocument();
    for (const name of Object.keys(ANSWER)) expect(screen.getByText(name)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rights' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Wants' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(container).not.toHaveTextContent('Everyone needs clean air');
    expect(container).not.toHaveTextContent('Ask: do I need');
  });
});
