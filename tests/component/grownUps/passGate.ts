/**
 * Passes the grown-ups gate the way a person does: press the button, hold it for 3 seconds, let go.
 * Fake timers only for the hold itself, so the rest of a test runs (and waits) in real time.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { vi } from 'vitest';

export const HOLD_BUTTON = 'Press and hold to open';

export async function passGate(): Promise<void> {
  const hold = await screen.findByRole('button', { name: HOLD_BUTTON });
  vi.useFakeTimers();
  try {
    fireEvent.pointerDown(hold, { pointerId: 1, pointerType: 'mouse', button: 0 });
    act(() => vi.advanceTimersByTime(3000));
    fireEvent.pointerUp(hold, { pointerId: 1, pointerType: 'mouse', button: 0 });
  } finally {
    vi.useRealTimers();
  }
}
