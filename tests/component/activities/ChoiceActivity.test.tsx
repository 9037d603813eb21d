/**
 * Choose one: by tap and by keyboard alone; an option that is not right says so gently, with why and the
 * hint, stays marked and does not complete; the child chooses again; onComplete once, with firstTry; an
 * opinion completes with any option; the worksheet has no answers.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChoiceActivity } from '../../../src/features/workbook/activities/choice/ChoiceActivity.tsx';
import { ChoiceWorksheet } from '../../../src/features/workbook/activities/choice/ChoiceWorksheet.tsx';
import { inPlay } from '../../../src/features/workbook/activities/kit/order.ts';
import { inlineText } from '../../../src/content/render.tsx';
import { completeSpy, exercise, item, renderActivity, setUpPickTests } from './pickHarness.tsx';

setUpPickTests();

const choice = exercise({
  type: 'choice',
  title: 'A message from a stranger',
  items: [
    item('reply-angry', 'Send an angry reply'),
    item('tell-adult', 'Tell a grown-up you trust', { correct: true }),
    item('keep-secret', 'Keep it a secret'),
  ],
});
const feedback = () => screen.getByText('Kind words make the internet a better place.');
const panel = () => document.querySelector<HTMLElement>('.pick-feedback')!;

describe('ChoiceActivity', () => {
  it('completes by tap: choose, check, "Correct" with why and what it was about', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<ChoiceActivity exercise={choice} onComplete={onComplete} />);
    expect(screen.getByRole('radiogroup', { name: 'A message from a stranger' })).toBeInTheDocument();
    const check = screen.getByRole('button', { name: 'Check my answers' });
    expect(check).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: 'Tell a grown-up you trust' }));
    expect(onComplete).not.toHaveBeenCalled(); // choosing alone does not check
    await user.click(check);

    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
    expect(within(panel()).getByText('Correct')).toBeInTheDocument();
    expect(within(panel()).getByText('Why Tell a grown-up you trust')).toBeInTheDocument();
    expect(within(panel()).getByText('Well done!')).toBeInTheDocument();
    expect(feedback()).toBeInTheDocument();
    expect(panel()).toHaveAttribute('aria-live', 'polite');
    expect(panel()).toHaveFocus(); // the Check button went away: focus is on the news
    expect(screen.queryByRole('button', { name: 'Check my answers' })).not.toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  it('a wrong answer says "Not this one" with why and the hint, stays marked, and the child chooses again', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<ChoiceActivity exercise={choice} onComplete={onComplete} />);
    await user.click(screen.getByRole('radio', { name: 'Send an angry reply' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));

    expect(onComplete).not.toHaveBeenCalled();
    expect(within(panel()).getByText('Not this one')).toBeInTheDocument();
    expect(within(panel()).getByText('Why Send an angry reply')).toBeInTheDocument();
    expect(within(panel()).getByText('Hint')).toBeInTheDocument();
    expect(within(panel()).getByText('Think about how the other person feels.')).toBeInTheDocument();
    expect(screen.queryByText('Kind words make the internet a better place.')).not.toBeInTheDocument();
    // The option tried stays marked, in words (read as its description), and the child may choose again.
    const tried = screen.getByRole('radio', { name: 'Send an angry reply' });
    expect(tried).toHaveAccessibleDescription('Not this one');
    expect(tried).toBeEnabled();

    await user.click(screen.getByRole('radio', { name: 'Keep it a secret' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onComplete).not.toHaveBeenCalled();
    expect(within(panel()).getByText('Why Keep it a secret')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Send an angry reply' })).toHaveAccessibleDescription(
      'Not this one',
    );
    expect(screen.getByRole('radio', { name: 'Keep it a secret' })).toHaveAccessibleDescription(
      'Not this one',
    );

    await user.click(screen.getByRole('radio', { name: 'Tell a grown-up you trust' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: false, slips: ['reply-angry', 'keep-secret'] });
    const right = screen.getByRole('radio', { name: 'Tell a grown-up you trust' });
    expect(right).toBeChecked();
    expect(right).toHaveAccessibleDescription('Correct');
    expect(feedback()).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Keep it a secret' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(right).toBeChecked();
  });

  it('completes with the keyboard alone: Tab, arrow keys, Enter', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<ChoiceActivity exercise={choice} onComplete={onComplete} />);
    // The options come in the seat's own order: the keys move through them as shown.
    const shown = screen.getAllByRole('radio').map((r) => r.closest('label')!.textContent!);
    const arrows = (from: string, to: string) => {
      const steps = shown.indexOf(to) - shown.indexOf(from);
      return (steps > 0 ? '{ArrowDown}' : '{ArrowUp}').repeat(Math.abs(steps));
    };
    const right = 'Tell a grown-up you trust';
    // A wrong option an arrow key can reach from the first one (arrows choose as they move).
    const wrong = shown.find((name, i) => i > 0 && name !== right)!;
    await user.tab();
    expect(screen.getByRole('radio', { name: shown[0] })).toHaveFocus();
    await user.keyboard(arrows(shown[0]!, wrong));
    expect(screen.getByRole('radio', { name: wrong })).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check my answers' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(panel()).getByText('Not this one')).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();

    await user.tab({ shift: true }); // back into the group, on the chosen option
    expect(screen.getByRole('radio', { name: wrong })).toHaveFocus();
    await user.keyboard(arrows(wrong, right));
    expect(screen.getByRole('radio', { name: right })).toBeChecked();
    await user.tab();
    await user.keyboard(' ');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: false, slips: ['reply-angry'] });
    expect(panel()).toHaveFocus();
    expect(within(panel()).getByText('Correct')).toBeInTheDocument();
  });

  it('an opinion: any option completes, with the opinion message and thanks', async () => {
    const onComplete = completeSpy();
    const opinion = exercise({
      type: 'choice',
      opinion: true,
      items: [item('games', 'Playing games'), item('videos', 'Watching videos'), item('chat', 'Chatting')],
    });
    const { user } = renderActivity(<ChoiceActivity exercise={opinion} onComplete={onComplete} />);
    expect(
      screen.getByText('There is no wrong answer here: this is about what you think.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Watching videos' }));
    await user.click(screen.getByRole('button', { name: 'Check my answers' }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
    expect(within(panel()).getByText('Thank you for sharing what you think.')).toBeInTheDocument();
    expect(within(panel()).getByText('Why Watching videos')).toBeInTheDocument();
    expect(screen.queryByText('Not this one')).not.toBeInTheDocument();
    expect(screen.queryByText('Correct')).not.toBeInTheDocument();
  });

  it('the worksheet shows the instructions and options to tick, and no answers or buttons', () => {
    renderActivity(<ChoiceWorksheet exercise={choice} />);
    expect(screen.getByText('Read the story and answer.')).toBeInTheDocument();
    // Every option once, in the paper's own order: never the one the class sees projected.
    const printed = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect([...printed].sort()).toEqual([
      'Keep it a secret',
      'Send an angry reply',
      'Tell a grown-up you trust',
    ]);
    expect(printed).not.toEqual(inPlay(choice.id, choice.items, null).map((i) => inlineText(i.label)));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Why /)).not.toBeInTheDocument();
    expect(screen.queryByText('Think about how the other person feels.')).not.toBeInTheDocument();
  });
});
