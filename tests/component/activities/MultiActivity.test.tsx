/**
 * Choose all that fit: by tap and by keyboard alone; after a check each ticked card says "Correct" or "Not
 * this one" with why, a right card left unticked is counted ("… not right yet") with the hint; what was
 * right stays ticked for the retry; onComplete once, with firstTry; an opinion completes; the worksheet.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MultiActivity } from '../../../src/features/workbook/activities/multi/MultiActivity.tsx';
import { MultiWorksheet } from '../../../src/features/workbook/activities/multi/MultiWorksheet.tsx';
import { inlineText } from '../../../src/content/render.tsx';
import { completeSpy, exercise, item, renderActivity, setUpPickTests } from './pickHarness.tsx';

setUpPickTests();

const multi = exercise({
  type: 'multi',
  title: 'Private information',
  items: [
    item('address', 'Your home address', { correct: true }),
    item('colour', 'Your favourite colour'),
    item('password', 'Your password', { correct: true }),
    item('pet', 'What you think of cats'),
  ],
});
const panel = () => document.querySelector<HTMLElement>('.pick-feedback')!;
const box = (name: string) => screen.getByRole('checkbox', { name });

describe('MultiActivity', () => {
  it('completes by tap on the first try', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<MultiActivity exercise={multi} onComplete={onComplete} />);
    expect(
      screen.getByRole('group', { name: 'Choose all the answers that fit, then check.' }),
    ).toBeInTheDocument();
    await user.click(box('Your home address'));
    await user.click(box('Your password'));
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
    expect(box('Your home address')).toHaveAccessibleDescription('Correct Why Your home address');
    expect(screen.getByText('Why Your password')).toBeInTheDocument();
    expect(screen.queryByText('Why Your favourite colour')).not.toBeInTheDocument(); // not answered
    expect(within(panel()).getByText('Well done!')).toBeInTheDocument();
    expect(within(panel()).getByText('You got them all right.')).toBeInTheDocument();
    expect(within(panel()).getByText('Kind words make the internet a better place.')).toBeInTheDocument();
    expect(panel()).toHaveFocus();
    for (const b of screen.getAllByRole('checkbox')) expect(b).toBeDisabled();
  });

  it('a check with a wrong one and a missed one: marks, count, hint; the retry keeps what was right', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<MultiActivity exercise={multi} onComplete={onComplete} />);
    await user.click(box('Your home address'));
    await user.click(box('Your favourite colour'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    expect(onComplete).not.toHaveBeenCalled();
    expect(box('Your home address')).toHaveAccessibleDescription('Correct Why Your home address');
    expect(box('Your favourite colour')).toHaveAccessibleDescription(
      'Not this one Why Your favourite colour',
    );
    // The missed one is counted, not shown.
    expect(box('Your password')).not.toHaveAccessibleDescription();
    expect(
      within(panel()).getByText('2 answers are not right yet. Look at the hint and try again.'),
    ).toBeInTheDocument();
    expect(within(panel()).getByText('Think about how the other person feels.')).toBeInTheDocument();
    expect(screen.queryByText('Well done!')).not.toBeInTheDocument();

    // What was right stays ticked (and cannot be lost by accident); the rest can change.
    expect(box('Your home address')).toBeChecked();
    expect(box('Your home address')).toBeDisabled();
    await user.click(box('Your favourite colour'));
    expect(box('Your favourite colour')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onComplete).not.toHaveBeenCalled();
    expect(
      within(panel()).getByText('1 answer is not right yet. Look at the hint and try again.'),
    ).toBeInTheDocument();

    await user.click(box('Your password'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: false, slips: ['colour', 'password'] });
    expect(within(panel()).getByText('Well done!')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check my answers' })).not.toBeInTheDocument();
  });

  it('completes with the keyboard alone: Tab and Space', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<MultiActivity exercise={multi} onComplete={onComplete} />);
    // Tab goes through the options in the order shown (the seat's own); Space ticks the right ones.
    const shown = screen.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent!);
    expect([...shown].sort()).toEqual(multi.items.map((i) => inlineText(i.label)).sort());
    for (const name of shown) {
      await user.tab();
      expect(box(name)).toHaveFocus();
      if (name === 'Your home address' || name === 'Your password') await user.keyboard(' ');
    }
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check my answers' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
    expect(panel()).toHaveFocus();
  });

  it('the Check button waits for a first tick', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<MultiActivity exercise={multi} onComplete={onComplete} />);
    const check = screen.getByRole('button', { name: 'Check my answers' });
    expect(check).toBeDisabled();
    await user.click(box('What you think of cats'));
    expect(check).toBeEnabled();
  });

  it('an opinion: any choice completes, with the opinion message and thanks', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(
      <MultiActivity exercise={{ ...multi, opinion: true }} onComplete={onComplete} />,
    );
    expect(
      screen.getByText('There is no wrong answer here: this is about what you think.'),
    ).toBeInTheDocument();
    await user.click(box('What you think of cats'));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
    expect(within(panel()).getByText('Thank you for sharing what you think.')).toBeInTheDocument();
    expect(screen.getByText('Why What you think of cats')).toBeInTheDocument();
    expect(screen.queryByText('Not this one')).not.toBeInTheDocument();
  });

  it('the worksheet shows the instructions and every option with a box, and no answers or buttons', () => {
    renderActivity(<MultiWorksheet exercise={multi} />);
    expect(screen.getByText('Read the story and answer.')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Why /)).not.toBeInTheDocument();
  });
});
