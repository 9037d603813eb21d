/**
 * "Who is learning?": seats as pictures. A child picks a seat (progress stays with its seat); adding (by tap and
 * by keyboard, every seat with a picture of its own) and removing behind a confirm (progress goes with it;
 * never the last seat) are on the same page opened by grown-ups, behind their gate. The header's seat button,
 * and no device mode on a child's page.
 *
 * The page is rendered directly, inside a tiny stand-in for the shell.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SeatsPage from '../../../src/features/profiles/SeatsPage.tsx';
import { SeatAvatar } from '../../../src/features/profiles/SeatAvatar.tsx';
import { SeatButton } from '../../../src/features/profiles/SeatButton.tsx';
import { forgetReturnPath } from '../../../src/features/profiles/returnTo.ts';
import { ANIMALS, COLOURS } from '../../../src/store/schema.ts';
import { selectSeatProgress, useStore, type Seat } from '../../../src/store/index.ts';
import { usePathname } from '../../../src/routing/router.ts';
import { freshAppEachTest, tabTo } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();
beforeEach(() => forgetReturnPath());

/** Where grown-ups manage the seats (the gate in front of it is tested with the grown-ups area). */
const MANAGE = '/en/grown-ups/seats/';

/** The header's seat button over either the seats page or a stand-in for any other page. */
function MiniShell() {
  const pathname = usePathname();
  return (
    <>
      <header>
        <SeatButton locale="en" />
      </header>
      {pathname === '/en/seats' ? (
        <SeatsPage locale="en" />
      ) : pathname === MANAGE ? (
        <SeatsPage locale="en" manage />
      ) : (
        <p>Page {pathname}</p>
      )}
    </>
  );
}

async function open(path = '/en/seats') {
  window.history.pushState(null, '', path);
  const user = userEvent.setup();
  render(
    <Suspense fallback={<p>Loading</p>}>
      <MiniShell />
    </Suspense>,
  );
  if (path === '/en/seats') await screen.findByRole('heading', { level: 1, name: 'Who is learning?' });
  if (path === MANAGE) await screen.findByRole('heading', { level: 1, name: 'Seats on this device' });
  return user;
}

const seatList = () => within(screen.getByRole('list', { name: 'Seats on this device' }));
const seat = (name: string) => seatList().getByRole('button', { name });
const seats = () => useStore.getState().seats;
const progress = () => useStore.getState().progress;

function seedStory(seatId: string) {
  useStore.setState((s) => ({
    progress: {
      ...s.progress,
      [seatId]: {
        stories: { 'right-to-play': { step: 3, choice: 'share', done: true } },
        exercises: { 'my-rights': { done: true, firstTry: true } },
        rules: {},
        quick: null,
        level1: null,
      },
    },
  }));
}

describe('the seats page', () => {
  it('shows every seat as a named picture, the current one marked; adding and removing are for grown-ups', async () => {
    useStore.getState().addSeat('fox', 'orange');
    await open();
    expect(seat('Teal owl')).not.toHaveAttribute('aria-current');
    expect(seat('Orange fox')).toHaveAttribute('aria-current', 'true');
    expect(screen.queryByRole('button', { name: 'Add a seat' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Manage seats' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add or remove seats (for grown-ups)' })).toHaveAttribute(
      'href',
      MANAGE,
    );
  });

  it('adds a seat by tapping an animal then a colour; a picture in use cannot be picked', async () => {
    const user = await open(MANAGE);
    await user.click(screen.getByRole('button', { name: 'Add a seat' }));
    expect(screen.getByRole('heading', { name: 'Pick an animal' })).toHaveFocus();
    expect(
      screen.getAllByRole('button', { name: /^(Owl|Fox|Cat|Turtle|Rabbit|Bear|Whale|Frog|Lion|Panda)$/ }),
    ).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Owl' }));
    expect(screen.getByRole('heading', { name: 'Pick a colour' })).toHaveFocus();
    // The first seat is a teal owl: marked, and not a choice.
    expect(screen.getByRole('button', { name: 'Teal (already used)' })).toBeDisabled();
    expect(screen.getByText(/every seat has its own/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yellow' }));

    expect(seats().list).toEqual([
      { id: 'seat-1', animal: 'owl', colour: 'teal' },
      { id: 'seat-2', animal: 'owl', colour: 'yellow' },
    ]);
    expect(seats().active).toBe('seat-2');
    expect(seat('Yellow owl')).toHaveAttribute('aria-current', 'true');
    expect(seat('Yellow owl')).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Yellow owl is ready. Tap it to start!');
  });

  it('a picture in use is never added again', async () => {
    const user = await open(MANAGE);
    await user.click(screen.getByRole('button', { name: 'Add a seat' }));
    await user.click(screen.getByRole('button', { name: 'Owl' }));
    await user.click(screen.getByRole('button', { name: 'Teal (already used)' }));
    expect(seats().list).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'Pick a colour' })).toBeInTheDocument();
  });

  it('adds a seat with the keyboard only', async () => {
    const user = await open(MANAGE);
    await tabTo(user, screen.getByRole('button', { name: 'Add a seat' }));
    await user.keyboard('{Enter}');
    await tabTo(user, screen.getByRole('button', { name: 'Fox' }));
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'Pick a colour' })).toHaveFocus();
    await tabTo(user, screen.getByRole('button', { name: 'Purple' }));
    await user.keyboard('{Enter}');
    expect(seats().list.at(-1)).toMatchObject({ animal: 'fox', colour: 'purple' });
    expect(seat('Purple fox')).toHaveFocus();
  });

  it('"Back" returns to the animals and "Cancel" adds nothing', async () => {
    const user = await open(MANAGE);
    await user.click(screen.getByRole('button', { name: 'Add a seat' }));
    await user.click(screen.getByRole('button', { name: 'Cat' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: 'Pick an animal' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(seats().list).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Add a seat' })).toHaveFocus();
  });

  it('one tap on a seat switches to it and goes home; progress stays with its own seat', async () => {
    seedStory('seat-1');
    useStore.getState().addSeat('fox', 'orange'); // seat-2, now active
    useStore.getState().switchSeat('seat-1');
    const user = await open();

    await user.click(seat('Orange fox'));
    expect(seats().active).toBe('seat-2');
    expect(window.location.pathname).toBe('/en/');
    // The fox starts with nothing: the owl's story and exercise are not shown to it or merged into it.
    expect(progress()['seat-2']).toEqual({
      stories: {},
      exercises: {},
      rules: {},
      quick: null,
      level1: null,
    });
    expect(selectSeatProgress(useStore.getState())?.stories).toEqual({});
    // …and the owl's progress is still there, whole.
    expect(progress()['seat-1']?.stories['right-to-play']).toEqual({ step: 3, choice: 'share', done: true });
    useStore.getState().switchSeat('seat-1');
    expect(selectSeatProgress(useStore.getState())?.exercises['my-rights']).toEqual({
      done: true,
      firstTry: true,
    });
  });

  it('removes a seat only after a confirm: "No" keeps it, "Yes" removes it and its progress', async () => {
    useStore.getState().addSeat('fox', 'orange');
    seedStory('seat-2');
    const user = await open(MANAGE);
    expect(screen.queryByRole('button', { name: 'Remove Orange fox' })).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Manage seats' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/2 seats on this device \(up to 30\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Orange fox' }));
    const dialog = screen.getByRole('group', { name: 'Remove Orange fox?' });
    expect(within(dialog).getByRole('heading', { name: 'Remove Orange fox?' })).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(
      /Everything Orange fox has done on this device will be deleted/,
    );
    const yes = within(dialog).getByRole('button', { name: 'Yes, remove it' });
    const no = within(dialog).getByRole('button', { name: 'No, keep it' });
    expect(yes.className).toBe(no.className); // equal weight

    await user.click(no);
    expect(seats().list).toHaveLength(2);
    expect(progress()['seat-2']?.stories['right-to-play']).toBeDefined();
    expect(screen.getByRole('button', { name: 'Remove Orange fox' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove Orange fox' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(seats().list.map((s) => s.id)).toEqual(['seat-1']);
    expect(seats().active).toBe('seat-1');
    expect(progress()['seat-2']).toBeUndefined();
    expect(seatList().queryByRole('button', { name: 'Orange fox' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Orange fox is gone.');
  });

  it('the last seat cannot be removed', async () => {
    const user = await open(MANAGE);
    await user.click(screen.getByRole('button', { name: 'Manage seats' }));
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/1 seat on this device \(up to 30\)\. The last seat cannot be removed\./),
    ).toBeInTheDocument();
    useStore.getState().removeSeat('seat-1');
    expect(seats().list).toHaveLength(1);
  });

  it('says when the device is full (30 seats) and offers no "Add a seat"', async () => {
    const list: Seat[] = Array.from({ length: 30 }, (_, i) => ({
      id: `seat-${i + 1}`,
      animal: ANIMALS[i % ANIMALS.length] ?? 'owl',
      colour: COLOURS[i % COLOURS.length] ?? 'teal',
    }));
    useStore.setState({ seats: { list, active: 'seat-1' } });
    await open(MANAGE);
    expect(seatList().getAllByRole('button')).toHaveLength(30);
    expect(screen.queryByRole('button', { name: 'Add a seat' })).not.toBeInTheDocument();
    expect(
      screen.getByText('This device is full: 30 seats. Remove a seat to add a new one.'),
    ).toBeInTheDocument();
  });

  it('offers no device mode: a child cannot switch school mode (and the hand-over) off', async () => {
    useStore.getState().updateSettings({ mode: 'school' });
    await open();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(/device mode/i)).not.toBeInTheDocument();
    expect(seat('Teal owl')).toBeInTheDocument(); // picking a seat is still one tap
  });
});

describe('the seat button', () => {
  it('is hidden at home with one seat, shown with two or at school', async () => {
    await open('/en/storybook/');
    expect(screen.queryByRole('link', { name: /Change seat/ })).not.toBeInTheDocument();
    act(() => useStore.getState().updateSettings({ mode: 'school' }));
    expect(await screen.findByRole('link', { name: 'Change seat (now: Teal owl)' })).toHaveAttribute(
      'href',
      '/en/seats',
    );
    act(() => useStore.getState().updateSettings({ mode: 'home' }));
    expect(screen.queryByRole('link', { name: /Change seat/ })).not.toBeInTheDocument();
    act(() => void useStore.getState().addSeat('bear', 'blue'));
    expect(screen.getByRole('link', { name: 'Change seat (now: Blue bear)' })).toBeInTheDocument();
  });

  it('is two taps from any page to another seat, and back to the same page', async () => {
    useStore.getState().addSeat('fox', 'orange');
    const user = await open('/en/storybook/right-to-play/3');
    await user.click(await screen.findByRole('link', { name: 'Change seat (now: Orange fox)' }));
    expect(window.location.pathname).toBe('/en/seats');
    await user.click(await screen.findByRole('button', { name: 'Teal owl' }));
    expect(seats().active).toBe('seat-1');
    expect(window.location.pathname).toBe('/en/storybook/right-to-play/3');
    expect(screen.getByRole('link', { name: 'Change seat (now: Teal owl)' })).toBeInTheDocument();
  });
});

describe('after the idle hand-over', () => {
  it('the header shows nobody until a child picks a seat, and no seat is marked as the current one', async () => {
    useStore.getState().addSeat('fox', 'orange');
    useStore.getState().handOver();
    const user = await open('/en/storybook/');
    const button = await screen.findByRole('link', { name: 'Pick your seat' });
    expect(button.querySelector('[data-animal]')).toBeNull(); // not the last child's face
    await user.click(button);
    await screen.findByRole('heading', { level: 1, name: 'Who is learning?' });
    expect(
      seatList()
        .getAllByRole('button')
        .filter((b) => b.hasAttribute('aria-current')),
    ).toEqual([]);
    await user.click(seat('Teal owl'));
    expect(seats().active).toBe('seat-1');
    expect(window.location.pathname).toBe('/en/storybook/');
    expect(screen.getByRole('link', { name: 'Change seat (now: Teal owl)' })).toBeInTheDocument();
  });
});

describe('SeatAvatar', () => {
  it('names the animal and its colour, and hides itself when its name is shown beside it', async () => {
    render(
      <Suspense fallback={null}>
        <SeatAvatar animal="fox" colour="orange" size={48} />
        <SeatAvatar animal="panda" colour="purple" size={48} />
        <SeatAvatar animal="whale" colour={null} size={48} />
        <SeatAvatar animal="turtle" colour="green" size={48} label="" />
        <SeatAvatar animal="lion" colour="red" size={48} label="My lion" />
      </Suspense>,
    );
    expect(await screen.findByRole('img', { name: 'Orange fox' })).toHaveAttribute('width', '48');
    expect(screen.getByRole('img', { name: 'Purple panda' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Whale' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'My lion' })).toBeInTheDocument();
    expect(screen.getAllByRole('img')).toHaveLength(4);
    expect(document.querySelector('[data-animal="turtle"]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('every animal and colour has its own name, and every picture is drawn', async () => {
    render(
      <Suspense fallback={null}>
        {ANIMALS.flatMap((a) =>
          COLOURS.map((c) => <SeatAvatar key={a + c} animal={a} colour={c} size={48} />),
        )}
      </Suspense>,
    );
    const names = (await screen.findAllByRole('img')).map((i) => i.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(ANIMALS.length * COLOURS.length);
    expect(names).toContain('Yellow turtle');
    expect(names).toContain('Red rabbit');
    for (const svg of document.querySelectorAll('svg.seat-avatar'))
      expect(svg.querySelectorAll('path, circle, ellipse, rect').length).toBeGreaterThan(5);
  });
});
