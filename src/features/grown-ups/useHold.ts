/**
 * Press-and-hold: `start` on pointer or key down, `release` on up. Only a hold of the full duration calls
 * `onDone`; releasing earlier resets to zero. Starting is idempotent, so key repeat (and a key held while a
 * finger is also down) is one press, never several.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export const HOLD_MS = 3000;
const TICK_MS = 100;

export interface Hold {
  /** Milliseconds held so far, or null when nothing is pressed. */
  elapsed: number | null;
  /** The last press ended before the time was up (shown as a gentle "keep holding"). */
  releasedEarly: boolean;
  start(): void;
  release(): void;
}

export function useHold(onDone: () => void, duration = HOLD_MS): Hold {
  const [elapsed, setElapsed] = useState<number | null>(null);
  const [releasedEarly, setReleasedEarly] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const startedAt = useRef(0);
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });

  const stop = useCallback(() => {
    if (timer.current === null) return false;
    clearInterval(timer.current);
    timer.current = null;
    return true;
  }, []);

  const start = useCallback(() => {
    if (timer.current !== null) return;
    // Wall-clock time, not a tick count: a slow device must not make the hold longer or shorter.
    startedAt.current = Date.now();
    setReleasedEarly(false);
    setElapsed(0);
    timer.current = setInterval(() => {
      const held = Date.now() - startedAt.current;
      if (held < duration) {
        setElapsed(held);
        return;
      }
      stop();
      setElapsed(null);
      done.current();
    }, TICK_MS);
  }, [duration, stop]);

  const release = useCallback(() => {
    if (!stop()) return;
    setElapsed(null);
    setReleasedEarly(true);
  }, [stop]);

  useEffect(() => () => void stop(), [stop]);

  return { elapsed, releasedEarly, start, release };
}
