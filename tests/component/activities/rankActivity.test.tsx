/**
 * Rank: choose N cards and put them in order, three ways (pointer drag, tapping, keyboard only). An opinion
 * has no wrong answer and thanks the child; a rank with an answer marks places and shows the hint.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RankActivity } from '../../../src/features/workbook/activities/rank/RankActivity.tsx';
import { RankWorksheet } from '../../../src/features/workbook/activities/rank/RankWorksheet.tsx';
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

const CARDS = ['To play', 'To learn', 'To be safe', 'To have a name', 'To rest'];
const RANK = exercise({
  id: 'my-top-rights',
  type: 'rank',
  opinion: true,
  pick: 3,
  items: CARDS.map((label, i) => ({ id: `right-${i + 1}`, label: text(label), explain: [] })),
  hint: [],
  feedback: para('Every right matters; you chose what matters most to you today.'),
});

const choose = (label: string) => screen.getByRole('button', { name: `Choose “${label}”` });
/** The numbered list of chosen cards (the choices are a list too, until done). */
const ranked = () => screen.getAllByRole('list').find((l) => l.tagName === 'OL') as HTMLElement;
/** The chosen cards as numbered, top to bottom. */
const rankedOrder = () =>
  within(ranked())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.da-card-label')?.textContent);
const rankedRow = (label: string) => within(ranked()).getByText(label);
const doneButton = () => screen.getByRole('button', { name: 'Done' });

function expectThanks() {
  expect(shown('Thank you for sharing what you think.')).toBeInTheDocument();
  expect(
    screen.getByText('Every right matters; you chose what matters most to you today.'),
  ).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Done' })).not.toBeInTheDocument();
  expect(screen.queryByText('Correct')).not.toBeInTheDocument();
}

describe('rank activity', () => {
  it('says there is no wrong answer, and how many to choose', () => {
    renderActivity(RankActivity, RANK);
    expect(
      screen.getByText('There is no wrong answer here: this is about what you think.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Choose 3, then put them in order: the most important first.'),
    ).toBeInTheDocument();
    expect(shown('0 of 3 chosen')).toBeInTheDocument();
    expect(doneButton()).toBeDisabled();
  });

  it('completes by dragging: cards into the list, then rows to reorder (pointer events)', async () => {
    const { user, onComplete } = renderActivity(RankActivity, RANK);
    pointerDrag(choose('To learn'), ranked());
    pointerDrag(choose('To be safe'), ranked());
    expect(rankedOrder()).toEqual(['To learn', 'To be safe']);
    // Dropped on a row, a card takes that place.
    pointerDrag(choose('To play'), within(ranked()).getAllByRole('listitem')[0] as HTMLElement);
    expect(rankedOrder()).toEqual(['To play', 'To learn', 'To be safe']);
    expect(choose('To rest')).toBeDisabled();
    // Rows are dragged to reorder.
    pointerDrag(rankedRow('To be safe'), rankedRow('To play'));
    expect(rankedOrder()).toEqual(['To be safe', 'To play', 'To learn']);
    expect(screen.getByRole('status')).toHaveTextContent('“To be safe” is in “Number 1”.');
    await user.click(doneButton());
    expectThanks();
    expect(rankedOrder()).toEqual(['To be safe', 'To play', 'To learn']);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('completes by tapping: choose toggles, move buttons, take out', async () => {
    const { user, onComplete } = renderActivity(RankActivity, RANK);
    await user.click(choose('To play'));
    expect(choose('To play')).toHaveAttribute('aria-pressed', 'true');
    expect(shown('1 of 3 chosen')).toBeInTheDocument();
    await user.click(choose('To rest'));
    await user.click(choose('To learn'));
    expect(shown('3 of 3 chosen')).toBeInTheDocument();
    expect(choose('To be safe')).toBeDisabled();
    expect(rankedOrder()).toEqual(['To play', 'To rest', 'To learn']);
    expect(
      within(ranked())
        .getAllByText(/^Number \d$/)
        .map((n) => n.textContent),
    ).toEqual(['Number 1', 'Number 2', 'Number 3']);

    await user.click(screen.getByRole('button', { name: 'Take “To rest” out' }));
    expect(rankedOrder()).toEqual(['To play', 'To learn']);
    expect(doneButton()).toBeDisabled();
    await user.click(choose('To be safe'));
    await user.click(screen.getByRole('button', { name: 'Move “To be safe” up' }));
    await user.click(screen.getByRole('button', { name: 'Move “To be safe” up' }));
    await user.click(screen.getByRole('button', { name: 'Move “To play” down' }));
    expect(rankedOrder()).toEqual(['To be safe', 'To learn', 'To play']);
    // Tapping a chosen card again takes it out too.
    await user.click(choose('To learn'));
    expect(rankedOrder()).toEqual(['To be safe', 'To play']);
    await user.click(choose('To learn'));
    await user.click(doneButton());
    expectThanks();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('completes with the keyboard only', async () => {
    const { user, onComplete } = renderActivity(RankActivity, RANK);
    for (const label of ['To have a name', 'To play', 'To learn']) {
      await tabTo(user, choose(label));
      await user.keyboard(' ');
    }
    expect(rankedOrder()).toEqual(['To have a name', 'To play', 'To learn']);
    await tabTo(user, screen.getByRole('button', { name: 'Move “To learn” up' }));
    await user.keyboard('{Enter}');
    expect(rankedOrder()).toEqual(['To have a name', 'To learn', 'To play']);
    // Focus follows the card; at the top, from "up" to "down".
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “To learn” up' }));
    await user.keyboard('{Enter}');
    expect(rankedOrder()).toEqual(['To learn', 'To have a name', 'To play']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “To learn” down' }));
    // Taking a card out puts focus back on its choice.
    await tabTo(user, screen.getByRole('button', { name: 'Take “To play” out' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(choose('To play'));
    await user.keyboard('{Enter}');
    await tabTo(user, doneButton());
    await user.keyboard('{Enter}');
    expectThanks();
    expect(document.activeElement).toHaveTextContent('Thank you for sharing what you think.');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('a rank with an answer (not an opinion) marks places, shows the hint, and completes on the retry', async () => {
    const graded = { ...RANK, opinion: false, pick: 2, hint: para('Safety comes first.') };
    const { user, onComplete } = renderActivity(RankActivity, graded);
    await user.click(choose('To learn'));
    await user.click(choose('To play'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getAllByText('Not this one')).toHaveLength(2);
    expect(shown('2 answers are not right yet. Look at the hint and try again.')).toBeInTheDocument();
    expect(screen.getByText('Safety comes first.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Move “To play” up' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(shown('Well done!')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: false, slips: ['right-2', 'right-1'] });
  });
});

describe('rank worksheet', () => {
  it('lists the cards with a box each and numbered blank lines, with no buttons', () => {
    const { container } = render(<RankWorksheet exercise={RANK} />);
    for (const label of CARDS) expect(screen.getByText(label)).toBeInTheDocument();
    expect(
      screen.getByText('Choose 3, then put them in order: the most important first.'),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('.da-ws-box')).toHaveLength(5);
    expect(container.querySelectorAll('ol > li')).toHaveLength(3);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
