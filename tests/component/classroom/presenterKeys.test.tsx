/**
 * Presenter keys: clickers (PageDown/PageUp), the keyboard (Space, arrows, R, Shift+R, N, F), mirrored arrows
 * in right-to-left, keys with modifiers and keys a focused control needs left alone, and nothing when
 * classroom mode is off. Also the shared "revealed" state (how many answers), which resets when the address
 * changes, and the educator notes on demand.
 */
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../../src/store/index.ts';
import { navigate } from '../../../src/routing/router.ts';
import { notes, reveal, useClassroom, useLesson } from '../../../src/features/classroom/useClassroom.ts';
import { usePresenterKeys } from '../../../src/features/classroom/usePresenterKeys.ts';

let next = vi.fn();
let previous = vi.fn();

/** A page with `answers` answers to reveal (one by default) and, with `withNotes`, educator notes. */
function Deck({ answers = 1, withNotes = false }: { answers?: number; withNotes?: boolean }) {
  usePresenterKeys({ next, previous });
  useLesson({ answers, notes: withNotes });
  const { revealed, shown, notes: notesOpen } = useClassroom();
  return (
    <div>
      <p>{revealed ? 'revealed' : 'hidden'}</p>
      <p>{`${shown} shown`}</p>
      <p>{notesOpen ? 'notes open' : 'notes closed'}</p>
      <button type="button">A button</button>
      <a href="#top">A link</a>
      <input aria-label="A field" />
    </div>
  );
}

function classroom(on: boolean) {
  act(() => useStore.getState().updateSettings({ classroom: on }));
}

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined); // jsdom does not scroll
  next = vi.fn();
  previous = vi.fn();
  localStorage.clear();
  useStore.getState().eraseAll();
  document.documentElement.dir = 'ltr';
  window.history.replaceState(null, '', '/en/storybook/right-to-play/1');
  reveal.hide();
});
afterEach(() => {
  cleanup();
  document.documentElement.dir = 'ltr';
  window.history.replaceState(null, '', '/');
});

describe('usePresenterKeys', () => {
  it('maps clicker and keyboard keys to next and previous', async () => {
    const user = userEvent.setup();
    render(<Deck />);
    classroom(true);
    await user.keyboard('{PageDown}{ArrowRight}{ArrowDown} ');
    expect(next).toHaveBeenCalledTimes(4);
    await user.keyboard('{PageUp}{ArrowLeft}{ArrowUp}');
    expect(previous).toHaveBeenCalledTimes(3);
  });

  it('marks the keys it uses as handled, and stops them before a window listener sees them', () => {
    const onWindow = vi.fn();
    window.addEventListener('keydown', onWindow);
    render(<Deck />);
    classroom(true);
    const pageDown = new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true });
    document.body.dispatchEvent(pageDown);
    expect(next).toHaveBeenCalledTimes(1);
    expect(pageDown.defaultPrevented).toBe(true);
    expect(onWindow).not.toHaveBeenCalled();
    // A key it does not use goes on as usual.
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onWindow).toHaveBeenCalledTimes(1);
    window.removeEventListener('keydown', onWindow);
  });

  it('mirrors the arrows in right-to-left; PageDown and the up/down arrows stay', async () => {
    const user = userEvent.setup();
    render(<Deck />);
    classroom(true);
    document.documentElement.dir = 'rtl';
    await user.keyboard('{ArrowLeft}');
    expect(next).toHaveBeenCalledTimes(1);
    await user.keyboard('{ArrowRight}');
    expect(previous).toHaveBeenCalledTimes(1);
    await user.keyboard('{PageDown}{ArrowDown}{PageUp}{ArrowUp}');
    expect(next).toHaveBeenCalledTimes(3);
    expect(previous).toHaveBeenCalledTimes(3);
  });

  it('R toggles the reveal; it is shared with every useClassroom', async () => {
    const user = userEvent.setup();
    render(<Deck />);
    classroom(true);
    expect(screen.getByText('hidden')).toBeInTheDocument();
    await user.keyboard('r');
    expect(screen.getByText('revealed')).toBeInTheDocument();
    await user.keyboard('R');
    expect(screen.getByText('hidden')).toBeInTheDocument();
    act(() => void reveal.all());
    expect(screen.getByText('revealed')).toBeInTheDocument();
  });

  it('R reveals one answer at a time, Shift+R all at once; once all are shown, either hides them', async () => {
    const user = userEvent.setup();
    render(<Deck answers={4} />);
    classroom(true);
    expect(screen.getByText('0 shown')).toBeInTheDocument();
    await user.keyboard('r');
    expect(screen.getByText('1 shown')).toBeInTheDocument();
    await user.keyboard('r');
    expect(screen.getByText('2 shown')).toBeInTheDocument();
    await user.keyboard('{Shift>}R{/Shift}');
    expect(screen.getByText('4 shown')).toBeInTheDocument();
    await user.keyboard('{Shift>}R{/Shift}');
    expect(screen.getByText('0 shown')).toBeInTheDocument();
    await user.keyboard('rrrr');
    expect(screen.getByText('4 shown')).toBeInTheDocument();
    await user.keyboard('r');
    expect(screen.getByText('0 shown')).toBeInTheDocument();
    expect(screen.getByText('hidden')).toBeInTheDocument();
  });

  it('N opens and closes the educator notes, on a page that has them', async () => {
    const user = userEvent.setup();
    render(<Deck withNotes />);
    classroom(true);
    expect(screen.getByText('notes closed')).toBeInTheDocument();
    await user.keyboard('n');
    expect(screen.getByText('notes open')).toBeInTheDocument();
    expect(notes.isOpen()).toBe(true);
    await user.keyboard('N');
    expect(screen.getByText('notes closed')).toBeInTheDocument();
  });

  it('R, Shift+R and N do nothing on a page with nothing to reveal and no notes: the keys go on as usual', () => {
    render(<Deck answers={0} />);
    classroom(true);
    for (const init of [{ key: 'r' }, { key: 'R', shiftKey: true }, { key: 'n' }]) {
      const press = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true });
      document.body.dispatchEvent(press);
      expect(press.defaultPrevented).toBe(false);
    }
    expect(screen.getByText('hidden')).toBeInTheDocument();
    expect(screen.getByText('notes closed')).toBeInTheDocument();
  });

  it('F asks for full screen where the browser has it', async () => {
    const user = userEvent.setup();
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    document.documentElement.requestFullscreen = request;
    render(<Deck />);
    classroom(true);
    await user.keyboard('f');
    expect(request).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, 'fullscreenEnabled', { value: false, configurable: true });
    await user.keyboard('f');
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('ignores keys with modifiers, a clicker\'s "blank screen" keys, and typing in a field', async () => {
    const user = userEvent.setup();
    render(<Deck />);
    classroom(true);
    await user.keyboard(
      '{Alt>}{ArrowLeft}{/Alt}{Shift>}{PageDown} {/Shift}{Control>}{ArrowRight}r{/Control}{Meta>}{ArrowDown}{/Meta}',
    );
    await user.keyboard('b.');
    await user.click(screen.getByRole('textbox', { name: 'A field' }));
    await user.keyboard('{ArrowRight}r{Shift>}R{/Shift}n {PageDown}');
    expect(next).not.toHaveBeenCalled();
    expect(previous).not.toHaveBeenCalled();
    expect(screen.getByText('hidden')).toBeInTheDocument();
  });

  it('leaves Space to a focused button or link (it presses them), but arrows still move', async () => {
    const user = userEvent.setup();
    render(<Deck />);
    classroom(true);
    screen.getByRole('button', { name: 'A button' }).focus();
    await user.keyboard(' ');
    screen.getByRole('link', { name: 'A link' }).focus();
    await user.keyboard(' ');
    expect(next).not.toHaveBeenCalled();
    await user.keyboard('{ArrowRight}');
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('does nothing when classroom mode is off', async () => {
    const user = userEvent.setup();
    const onWindow = vi.fn();
    window.addEventListener('keydown', onWindow);
    render(<Deck />);
    await user.keyboard('{PageDown}{ArrowRight} {PageUp}{ArrowLeft}r');
    expect(next).not.toHaveBeenCalled();
    expect(previous).not.toHaveBeenCalled();
    expect(screen.getByText('hidden')).toBeInTheDocument();
    expect(onWindow).toHaveBeenCalledTimes(6); // the page's own arrow keys still get them
    window.removeEventListener('keydown', onWindow);
  });

  it('two listeners (the page and the bar) act once on R', async () => {
    const user = userEvent.setup();
    function Bar() {
      usePresenterKeys();
      return null;
    }
    render(
      <>
        <Deck answers={3} />
        <Bar />
      </>,
    );
    classroom(true);
    await user.keyboard('r');
    expect(screen.getByText('1 shown')).toBeInTheDocument();
  });

  it('without next/previous (the bar alone), movement keys keep their usual meaning', () => {
    function Bar() {
      usePresenterKeys();
      return null;
    }
    render(<Bar />);
    classroom(true);
    const pageDown = new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true });
    document.body.dispatchEvent(pageDown);
    expect(pageDown.defaultPrevented).toBe(false);
  });
});

describe('useClassroom', () => {
  const lessonPage = () =>
    renderHook(() => {
      useLesson({ answers: 2, notes: true });
      return useClassroom();
    });

  it('is on only with the setting; reveals only in classroom mode', () => {
    const { result } = lessonPage();
    expect(result.current.on).toBe(false);
    act(() => void reveal.next());
    expect(result.current.revealed).toBe(false);
    classroom(true);
    expect(result.current.on).toBe(true);
    act(() => void reveal.next());
    expect(result.current).toMatchObject({ revealed: true, shown: 1 });
    act(() => result.current.hide());
    expect(result.current).toMatchObject({ revealed: false, shown: 0 });
  });

  it('hides the answers and closes the notes when the address changes, and coming back they stay hidden', () => {
    const { result } = lessonPage();
    classroom(true);
    act(() => void reveal.all());
    act(() => void notes.toggle());
    expect(result.current).toMatchObject({ revealed: true, shown: 2, notes: true });
    act(() => navigate('/en/storybook/right-to-play/2'));
    expect(result.current).toMatchObject({ revealed: false, shown: 0, notes: false });
    act(() => navigate('/en/storybook/right-to-play/1'));
    expect(result.current).toMatchObject({ revealed: false, shown: 0, notes: false });
  });

  it('never stores the reveal, the notes or what a page offers', () => {
    lessonPage();
    classroom(true);
    act(() => void reveal.next());
    act(() => void notes.toggle());
    const stored = localStorage.getItem('sango-state') ?? '';
    expect(stored).toContain('"classroom":true');
    expect(stored).not.toMatch(/revealed|notesAt|lesson/);
  });
});
