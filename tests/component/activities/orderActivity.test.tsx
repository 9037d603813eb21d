/**
 * Order: mixed-up steps put in order, three ways (pointer drag, tapping, keyboard only); a wrong order marks
 * the steps out of place and shows the hint, the retry works, and onComplete is called once with firstTry.
 */
import { render, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OrderActivity } from '../../../src/features/workbook/activities/order/OrderActivity.tsx';
import { OrderWorksheet } from '../../../src/features/workbook/activities/order/OrderWorksheet.tsx';
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

const STEPS = ['Stop and do not reply', 'Save the message', 'Block the sender', 'Tell a trusted adult'];
const ORDER = exercise({
  id: 'nasty-message',
  type: 'order',
  items: STEPS.map((label, i) => ({
    id: `step-${i + 1}`,
    label: text(label),
    explain: i === 0 ? para('Replying can make it worse.') : [],
  })),
  hint: para('What do you do first, before anything else?'),
  feedback: para('Stop, save, block, tell.'),
});

const list = () => screen.getByRole('list');
/** The step labels as shown, top to bottom. */
const shownOrder = () =>
  within(list())
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.da-card-label')?.textContent);
const step = (label: string) => screen.getByRole('button', { name: new RegExp(`^Number \\d ${label}`) });
const row = (index: number) => within(list()).getAllByRole('listitem')[index] as HTMLElement;
const check = () => screen.getByRole('button', { name: 'Check my answers' });

async function checkAndExpectDone(user: UserEvent) {
  await user.click(check());
  expect(shown('Well done!')).toBeInTheDocument();
  expect(shown('Stop, save, block, tell.')).toBeInTheDocument();
  expect(screen.getAllByText('Correct')).toHaveLength(4);
  expect(screen.getByText('Replying can make it worse.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Move/ })).not.toBeInTheDocument();
}

describe('order activity', () => {
  it('shows the steps mixed up, never already in order, the same way every time', () => {
    renderActivity(OrderActivity, ORDER);
    const first = shownOrder();
    expect(first).not.toEqual(STEPS);
    expect([...first].sort()).toEqual([...STEPS].sort());
    expect(
      screen.getByText('Put the steps in order. Drag them, or use the arrow buttons.'),
    ).toBeInTheDocument();
    expect(step(STEPS[0] ?? '')).toHaveAccessibleName(/^Number \d Stop and do not reply$/);
  });

  it('completes by dragging steps onto their places (pointer events)', async () => {
    const { user, onComplete } = renderActivity(OrderActivity, ORDER);
    STEPS.forEach((label, i) => {
      if (shownOrder()[i] !== label) pointerDrag(step(label), row(i));
    });
    expect(shownOrder()).toEqual(STEPS);
    expect(screen.getByRole('status')).toHaveTextContent(/is in “Number \d”/);
    await checkAndExpectDone(user);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('completes by tapping: a step, then the step whose place it takes; and by the arrow buttons', async () => {
    const { user, onComplete } = renderActivity(OrderActivity, ORDER);
    // The first step by tapping.
    if (shownOrder()[0] !== STEPS[0]) {
      await user.click(step(STEPS[0] ?? ''));
      expect(step(STEPS[0] ?? '')).toHaveAttribute('aria-pressed', 'true');
      await user.click(within(row(0)).getAllByRole('button')[0] as HTMLElement);
    }
    expect(shownOrder()[0]).toBe(STEPS[0]);
    // The rest with the up arrows.
    for (let i = 1; i < STEPS.length; i++) {
      const label = STEPS[i] ?? '';
      while (shownOrder().indexOf(label) > i) {
        await user.click(screen.getByRole('button', { name: `Move “${label}” up` }));
      }
    }
    expect(shownOrder()).toEqual(STEPS);
    expect(screen.getByRole('button', { name: `Move “${STEPS[0]}” up` })).toBeDisabled();
    await checkAndExpectDone(user);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('completes with the keyboard only: Alt+Arrow on a focused step moves it and keeps focus on it', async () => {
    const { user, onComplete } = renderActivity(OrderActivity, ORDER);
    for (let i = 0; i < STEPS.length; i++) {
      const label = STEPS[i] ?? '';
      const from = shownOrder().indexOf(label);
      if (from === i) continue;
      await tabTo(user, step(label));
      for (let k = from; k > i; k--) await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
      expect(document.activeElement).toBe(step(label));
      expect(shownOrder().indexOf(label)).toBe(i);
    }
    expect(shownOrder()).toEqual(STEPS);
    await tabTo(user, check());
    await user.keyboard('{Enter}');
    expect(shown('Well done!')).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('Well done!');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('the arrow buttons work from the keyboard, focus following the step', async () => {
    const { user } = renderActivity(OrderActivity, ORDER);
    const label = shownOrder()[1] ?? '';
    const up = screen.getByRole('button', { name: `Move “${label}” up` });
    await tabTo(user, up);
    await user.keyboard('{Enter}');
    expect(shownOrder()[0]).toBe(label);
    // At the top, "up" is disabled: focus goes to "down" of the same step.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move “${label}” down` }));
    // Alt+Arrow works on the arrow buttons too, focus staying on the button.
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(shownOrder()[1]).toBe(label);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `Move “${label}” down` }));
  });

  it('a wrong order marks what is out of place and shows the hint; the retry completes, not first try', async () => {
    const { user, onComplete } = renderActivity(OrderActivity, ORDER);
    await user.click(check());
    expect(onComplete).not.toHaveBeenCalled();
    // The slips: the ids of the steps out of place at this first check, in the order shown.
    const slips = shownOrder().flatMap((label, i) =>
      label === STEPS[i] ? [] : [`step-${STEPS.indexOf(label ?? '') + 1}`],
    );
    const wrong = slips.length;
    expect(wrong).toBeGreaterThan(0);
    expect(screen.getAllByText('Not this one')).toHaveLength(wrong);
    expect(shown(new RegExp(`^${wrong} answers? (is|are) not right yet`))).toBeInTheDocument();
    expect(screen.getByText('What do you do first, before anything else?')).toBeInTheDocument();

    STEPS.forEach((label, i) => {
      if (shownOrder()[i] !== label) pointerDrag(step(label), row(i));
    });
    // A moved step loses its old mark.
    expect(screen.queryAllByText('Not this one').length).toBeLessThan(wrong);
    await checkAndExpectDone(user);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: false, slips });
    // Done is done: nothing moves any more, and onComplete is not called again.
    pointerDrag(step(STEPS[3] ?? ''), row(0));
    expect(shownOrder()).toEqual(STEPS);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});

describe('order activity with a step that is right anywhere', () => {
  const FIXED = ['Do not reply', 'Keep a screenshot', 'Report it', 'Block the person'];
  const TELL = 'Tell a trusted adult';
  const RESPONSE = exercise({
    id: 'response',
    type: 'order',
    items: [
      ...FIXED.map((label, i) => ({ id: `fixed-${i + 1}`, label: text(label), explain: [] })),
      {
        id: 'tell',
        label: text(TELL),
        explain: para('You can tell at any moment.'),
        anywhere: true as const,
      },
    ],
    hint: para('Think again.'),
    feedback: para('Well done.'),
  });

  /** Puts the steps in `wanted` order with the up and down buttons. */
  async function arrange(user: UserEvent, wanted: string[]) {
    for (let i = 0; i < wanted.length; i++) {
      const label = wanted[i] ?? '';
      while (shownOrder().indexOf(label) > i) {
        await user.click(screen.getByRole('button', { name: `Move “${label}” up` }));
      }
    }
    expect(shownOrder()).toEqual(wanted);
  }

  it('telling first, with the rest in order, is right first time: no "Not this one" anywhere', async () => {
    const { user, onComplete } = renderActivity(OrderActivity, RESPONSE);
    await arrange(user, [TELL, ...FIXED]);
    await user.click(check());
    expect(screen.queryByText('Not this one')).not.toBeInTheDocument();
    expect(screen.getAllByText('Correct')).toHaveLength(5);
    expect(shown('Well done!')).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledExactlyOnceWith({ firstTry: true, slips: [] });
  });

  it('telling in the middle is right too, even while other steps are out of order', async () => {
    const { user, onComplete } = renderActivity(OrderActivity, RESPONSE);
    const wrongElsewhere = ['Keep a screenshot', 'Do not reply', TELL, 'Report it', 'Block the person'];
    await arrange(user, wrongElsewhere);
    await user.click(check());
    expect(onComplete).not.toHaveBeenCalled();
    expect(within(row(2)).getByText('Correct')).toBeInTheDocument();
    expect(screen.getAllByText('Not this one')).toHaveLength(2);
  });
});

describe('order worksheet', () => {
  it('lists the steps mixed up, each with a box for its number, with no answers and no buttons', () => {
    const { container } = render(<OrderWorksheet exercise={ORDER} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).not.toEqual(STEPS);
    expect([...items].sort()).toEqual([...STEPS].sort());
    expect(container.querySelectorAll('.da-ws-box')).toHaveLength(4);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(container).not.toHaveTextContent('Replying can make it worse.');
  });
});
