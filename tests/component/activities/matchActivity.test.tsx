/**
 * Match: left cards with their right-hand cards, three ways (pointer drag, tap then tap, keyboard only); wrong
 * pairs come apart with the hint, the retry works, and onComplete is called once with firstTry.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MatchActivity } from '../../../src/features/workbook/activities/match/MatchActivity.tsx';
import { MatchWorksheet } from '../../../src/features/workbook/activities/match/MatchWorksheet.tsx';
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

const PAIRS: [string, string][] = [
  ['A password', 'Keep it to yourself'],
  ['A stranger asks where you live', 'Do not say, and tell an adult'],
  ['A mean message', 'Do not reply, and save it'],
];
const MATCH = exercise({
  id: 'what-to-do',
  type: 'match',
  items: PAIRS.map(([left, right], i) => ({
    id: `pair-${i + 1}`,
    label: text(left),
    match: text(right),
    explain: para(`Why ${i + 1}.`),
  })),
  hint: para('Think about who could see it.'),
  feedback: para('You know what to do.'),
});

const left = (name: string) => screen.getByRole('button', { name });
const right = (name: string) => screen.getByRole('button', { name });
const check = () => screen.getByRole('button', { name: 'Check my answers' });
const rightColumn = () => screen.getAllByRole('list')[1] as HTMLElement;

function expectDone() {
  expect(shown('Well done!')).toBeInTheDocument();
  expect(shown('You know what to do.')).toBeInTheDocument();
  expect(screen.getAllByText('Correct')).toHaveLength(3);
  for (let i = 1; i <= 3; i++) expect(screen.getByText(`Why ${i}.`)).toBeInTheDocument();
  for (const [l, r] of PAIRS) expect(screen.getByText(`“${l}” goes with “${r}”.`)).toBeInTheDocument();
}

describe('match activity', () => {
  it('shows the left cards in order and the right ones mixed, never lined up', () => {
    renderActivity(MatchActivity, MATCH);
    const rights = within(rightColumn())
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(rights).not.toEqual(PAIRS.map(([, r]) => r));
    expect([...rights].sort()).toEqual(PAIRS.map(([, r]) => r).sort());
  });

  it('completes by dragging each left card onto its right card (pointer events)', async () => {
    const { user, onComplete } = renderActivity(MatchActivity, MATCH);
    for (const [l, r] of PAIRS) pointerDrag(left(l), right(r));
    expect(screen.getByRole('status')).toHaveTextContent(`“${PAIRS[2]?.[0]}” goes with “${PAIRS[2]?.[1]}”.`);
    await user.click(check());
    expectDone();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('completes by tapping a left card, then a right card; a pair can be undone', async () => {
    const { user, onComplete } = renderActivity(MatchActivity, MATCH);
    const [[l1, r1], [l2, r2], [l3, r3]] = PAIRS as [[string, string], [string, string], [string, string]];
    // A right card tapped first says what to do.
    await user.click(right(r1));
    expect(screen.getByRole('status')).toHaveTextContent(/Tap a card on the left/);
    await user.click(left(l1));
    expect(left(l1)).toHaveAttribute('aria-pressed', 'true');
    await user.click(right(r2));
    expect(shown(`“${l1}” goes with “${r2}”.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Undo “${l1}”` }));
    expect(left(l1)).toHaveAttribute('aria-pressed', 'false');
    expect(within(rightColumn()).getByRole('button', { name: r2 })).toBeInTheDocument();
    for (const [l, r] of [
      [l1, r1],
      [l2, r2],
      [l3, r3],
    ] as const) {
      await user.click(left(l));
      await user.click(right(r));
    }
    await user.click(check());
    expectDone();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('completes with the keyboard only: Enter on a left card, then Enter on a right card', async () => {
    const { user, onComplete } = renderActivity(MatchActivity, MATCH);
    for (const [l, r] of PAIRS) {
      await tabTo(user, left(l));
      await user.keyboard('{Enter}');
      // Focus moves to the right-hand cards.
      expect(within(rightColumn()).getAllByRole('button')).toContain(document.activeElement);
      await tabTo(user, right(r));
      await user.keyboard('{Enter}');
    }
    expect(document.activeElement).toBe(check());
    await user.keyboard('{Enter}');
    expectDone();
    expect(document.activeElement).toHaveTextContent('Well done!');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('Escape puts a picked card down', async () => {
    const { user } = renderActivity(MatchActivity, MATCH);
    const first = PAIRS[0]?.[0] ?? '';
    await tabTo(user, left(first));
    await user.keyboard('{Enter}');
    expect(left(first)).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(left(first)).toHaveAttribute('aria-pressed', 'false');
    expect(document.activeElement).toBe(left(first));
  });

  it('wrong pairs come apart with the hint; the right one stays; the retry completes, not first try', async () => {
    const { user, onComplete } = renderActivity(MatchActivity, MATCH);
    const [[l1, r1], [l2, r2], [l3, r3]] = PAIRS as [[string, string], [string, string], [string, string]];
    pointerDrag(left(l1), right(r1));
    pointerDrag(left(l2), right(r3));
    pointerDrag(left(l3), right(r2));
    await user.click(check());
    expect(onComplete).not.toHaveBeenCalled();
    expect(shown('2 answers are not right yet. Look at the hint and try again.')).toBeInTheDocument();
    expect(screen.getByText('Think about who could see it.')).toBeInTheDocument();
    expect(left(`${l2} Not this one`)).toBeInTheDocument();
    expect(left(`${l3} Not this one`)).toBeInTheDocument();
    expect(screen.getByText('Why 1.')).toBeInTheDocument();
    expect(screen.queryByText('Why 2.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Undo “${l1}”` })).not.toBeInTheDocument();
    expect(within(rightColumn()).getAllByRole('button')).toHaveLength(2);

    await user.click(left(`${l2} Not this one`));
    await user.click(right(r2));
    await user.click(left(`${l3} Not this one`));
    await user.click(right(r3));
    await user.click(check());
    expectDone();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: false, slips: ['pair-2', 'pair-3'] });
  });
});

describe('match worksheet', () => {
  it('shows the two columns, the right one mixed, with no answers and no buttons', () => {
    const { container } = render(<MatchWorksheet exercise={MATCH} />);
    const [lefts, rights] = screen.getAllByRole('list') as [HTMLElement, HTMLElement];
    expect(
      within(lefts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(PAIRS.map(([l]) => l));
    const shownRights = within(rights)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(shownRights).not.toEqual(PAIRS.map(([, r]) => r));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(container).not.toHaveTextContent('Why 1.');
  });
});
