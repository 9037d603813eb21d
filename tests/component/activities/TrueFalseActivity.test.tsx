/**
 * True or false: by tap and by keyboard alone; each answer is judged at once with why; a wrong one says "Not
 * this one" with the hint and can be answered again; a right one is settled; onComplete once, when all are
 * right, with firstTry; an opinion; the worksheet.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrueFalseActivity } from '../../../src/features/workbook/activities/trueFalse/TrueFalseActivity.tsx';
import { TrueFalseWorksheet } from '../../../src/features/workbook/activities/trueFalse/TrueFalseWorksheet.tsx';
import { inlineText } from '../../../src/content/render.tsx';
import { completeSpy, exercise, item, renderActivity, setUpPickTests } from './pickHarness.tsx';

setUpPickTests();

const tf = exercise({
  type: 'true-false',
  items: [
    item('rights', 'Children have rights online too', { answer: true }),
    item('everyone', 'Everything on the internet is true', { answer: false }),
    item('help', 'You can ask a grown-up for help', { answer: true }),
  ],
});
const group = (name: string) => screen.getByRole('radiogroup', { name });
const statement = (name: string) => group(name).closest('li')!;
const answer = (name: string, value: 'True' | 'False') =>
  within(group(name)).getByRole('radio', { name: value });
const panel = () => document.querySelector<HTMLElement>('.pick-feedback')!;

describe('TrueFalseActivity', () => {
  it('completes by tap; a wrong answer is marked with why and the hint, and can be answered again', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<TrueFalseActivity exercise={tf} onComplete={onComplete} />);
    expect(screen.getAllByRole('radiogroup')).toHaveLength(3);

    await user.click(answer('Children have rights online too', 'True'));
    const first = within(statement('Children have rights online too'));
    expect(first.getByText('Correct')).toBeInTheDocument();
    expect(first.getByText('Why Children have rights online too')).toBeInTheDocument();
    expect(answer('Children have rights online too', 'False')).toBeDisabled(); // settled

    await user.click(answer('Everything on the internet is true', 'True'));
    const second = within(statement('Everything on the internet is true'));
    expect(second.getByText('Not this one')).toBeInTheDocument();
    expect(second.getByText('Why Everything on the internet is true')).toBeInTheDocument();
    expect(
      within(panel()).getByText('1 answer is not right yet. Look at the hint and try again.'),
    ).toBeInTheDocument();
    expect(within(panel()).getByText('Think about how the other person feels.')).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();

    await user.click(answer('Everything on the internet is true', 'False'));
    expect(second.getByText('Correct')).toBeInTheDocument();
    expect(second.queryByText('Not this one')).not.toBeInTheDocument();
    expect(screen.queryByText('Think about how the other person feels.')).not.toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();

    await user.click(answer('You can ask a grown-up for help', 'True'));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: false, slips: ['everyone'] });
    expect(within(panel()).getByText('Well done!')).toBeInTheDocument();
    expect(within(panel()).getByText('Kind words make the internet a better place.')).toBeInTheDocument();

    await user.click(answer('Children have rights online too', 'False'));
    expect(answer('Children have rights online too', 'True')).toBeChecked();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('all right the first time: firstTry is true', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<TrueFalseActivity exercise={tf} onComplete={onComplete} />);
    await user.click(answer('You can ask a grown-up for help', 'True'));
    await user.click(answer('Children have rights online too', 'True'));
    await user.click(answer('Everything on the internet is true', 'False'));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
  });

  it('completes with the keyboard alone: Tab, Space and arrow keys', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(<TrueFalseActivity exercise={tf} onComplete={onComplete} />);
    // Tab goes from statement to statement in the order shown (the seat's own).
    const shown = screen
      .getAllByRole('radiogroup')
      .map((g) => g.closest('li')!.querySelector('p')!.textContent!);
    expect([...shown].sort()).toEqual(tf.items.map((i) => inlineText(i.label)).sort());
    for (const name of shown) {
      await user.tab();
      expect(answer(name, 'True')).toHaveFocus();
      await user.keyboard(' ');
      expect(answer(name, 'True')).toBeChecked();
      if (name === 'Everything on the internet is true') {
        expect(within(statement(name)).getByText('Not this one')).toBeInTheDocument();
        await user.keyboard('{ArrowRight}'); // answered again
        expect(answer(name, 'False')).toBeChecked();
      }
      expect(within(statement(name)).getByText('Correct')).toBeInTheDocument();
    }
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: false, slips: ['everyone'] });
  });

  it('an opinion: any answers complete, with the opinion message and thanks', async () => {
    const onComplete = completeSpy();
    const { user } = renderActivity(
      <TrueFalseActivity exercise={{ ...tf, opinion: true }} onComplete={onComplete} />,
    );
    expect(
      screen.getByText('There is no wrong answer here: this is about what you think.'),
    ).toBeInTheDocument();
    await user.click(answer('Children have rights online too', 'False'));
    await user.click(answer('Everything on the internet is true', 'True'));
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(answer('You can ask a grown-up for help', 'False'));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith({ firstTry: true, slips: [] });
    expect(within(panel()).getByText('Thank you for sharing what you think.')).toBeInTheDocument();
    expect(screen.queryByText('Not this one')).not.toBeInTheDocument();
  });

  it('the worksheet shows the statements with "True / False" to circle, and no answers or buttons', () => {
    renderActivity(<TrueFalseWorksheet exercise={tf} />);
    expect(screen.getByText('Read the story and answer.')).toBeInTheDocument();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    // Every statement once, each with "True / False" to circle, in the paper's own order.
    expect(items.map((li) => li.textContent).sort()).toEqual(
      tf.items.map((i) => `${inlineText(i.label)}True / False`).sort(),
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Why /)).not.toBeInTheDocument();
  });
});
