/**
 * Which message is kinder: one round at a time, by tap and by keyboard alone; a pick that is not the kinder
 * one says "Not this one" with how to say it better and the hint, and the child picks again; "Next" moves
 * on; onComplete once, after the last round, with firstTry; the worksheet shows every pair with no answers.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KinderActivity } from '../../../src/features/workbook/activities/kinder/KinderActivity.tsx';
import { KinderWorksheet } from '../../../src/features/workbook/activities/kinder/KinderWorksheet.tsx';
import { completeSpy, exercise, item, renderActivity, setUpPickTests } from './pickHarness.tsx';

setUpPickTests();

// Rounds are given out of order on purpose: messages are grouped by `round`.
const kinder = exercise({
  type: 'kinder',
  items: [
    item('drawing-mean', 'Your drawing is ugly.', { round: 'drawing' }),
    item('game-kind', 'Want to play the next game with us?', { round: 'game', correct: true }),
    item('drawing-kind', 'I like the colours in your drawing!', { round: 'drawing', correct: true }),
    item('game-mean', 'You are too slow to play with us.', { round: 'game' }),
  ],
});
const bubble = (name: string) => screen.getByRole('button', { name });
const panel = () => document.querySelector<HTMLElement>('.pick-feedback')!;
const question = () => screen.getByText('Which message is kinder?');

describe('KinderActivity', () => {
  it('completes by tap: a wrong pick invites another try, then Next, then the last round', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<KinderActivity exercise={kinder} onComplete={onComplete} />);
    expect(screen.getByRole('group', { name: 'Which message is kinder?' })).toBeInTheDocument();
    expect(bubble('Your drawing is ugly.')).toBeInTheDocument();
    expect(bubble('I like the colours in your drawing!')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Want to play the next game with us?' }),
    ).not.toBeInTheDocument();

    await user.click(bubble('Your drawing is ugly.'));
    expect(within(panel()).getByText('Not this one')).toBeInTheDocument();
    expect(within(panel()).getByText('Why Your drawing is ugly.')).toBeInTheDocument();
    expect(within(panel()).getByText('Think about how the other person feels.')).toBeInTheDocument();
    expect(bubble('Your drawing is ugly.')).toHaveAccessibleDescription('Not this one');
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();

    await user.click(bubble('I like the colours in your drawing!'));
    expect(within(panel()).getByText('Correct')).toBeInTheDocument();
    expect(within(panel()).getByText('Why I like the colours in your drawing!')).toBeInTheDocument();
    expect(screen.queryByText('Well done!')).not.toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(bubble('Your drawing is ugly.')); // the round is solved: nothing changes
    expect(within(panel()).getByText('Correct')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(question()).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Your drawing is ugly.' })).not.toBeInTheDocument();
    expect(panel()).toBeEmptyDOMElement();

    await user.click(bubble('Want to play the next game with us?'));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: false, slips: ['drawing-mean'] });
    expect(within(panel()).getByText('Well done!')).toBeInTheDocument();
    expect(within(panel()).getByText('Kind words make the internet a better place.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    await user.click(bubble('You are too slow to play with us.'));
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('completes with the keyboard alone: Tab, Enter and Space', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<KinderActivity exercise={kinder} onComplete={onComplete} />);
    // The two messages come in the seat's own order: Tab reaches the kinder one after the ones before it.
    const first = screen.getAllByRole('button').map((b) => b.textContent);
    for (let i = 0; i <= first.indexOf('I like the colours in your drawing!'); i++) await user.tab();
    expect(bubble('I like the colours in your drawing!')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(panel()).getByText('Correct')).toBeInTheDocument();
    // "Next" comes after the messages: past any shown after the kinder one.
    for (let i = first.indexOf('I like the colours in your drawing!'); i < first.length; i++)
      await user.tab();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(question()).toHaveFocus();
    const second = screen.getAllByRole('button').map((b) => b.textContent);
    for (let i = 0; i <= second.indexOf('Want to play the next game with us?'); i++) await user.tab();
    expect(bubble('Want to play the next game with us?')).toHaveFocus();
    await user.keyboard(' ');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
  });

  it('an opinion: any pick moves on, and the end thanks the child', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(
      <KinderActivity exercise={{ ...kinder, opinion: true }} onComplete={onComplete} />,
    );
    expect(
      screen.getByText('There is no wrong answer here: this is about what you think.'),
    ).toBeInTheDocument();
    await user.click(bubble('Your drawing is ugly.'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(bubble('You are too slow to play with us.'));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
    expect(within(panel()).getByText('Thank you for sharing what you think.')).toBeInTheDocument();
    expect(screen.queryByText('Not this one')).not.toBeInTheDocument();
  });

  it('the worksheet shows every pair of messages with boxes, and no answers or buttons', () => {
    renderActivity(<KinderWorksheet exercise={kinder} />);
    expect(screen.getByText('Read the story and answer.')).toBeInTheDocument();
    expect(screen.getAllByText('Which message is kinder?')).toHaveLength(2);
    for (const text of [
      'Your drawing is ugly.',
      'I like the colours in your drawing!',
      'Want to play the next game with us?',
      'You are too slow to play with us.',
    ]) {
      expect(screen.getByText(text)).toBeInTheDocument();
    }
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Why /)).not.toBeInTheDocument();
  });
});
