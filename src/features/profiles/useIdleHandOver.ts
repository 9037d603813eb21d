/**
 * School mode: after `idleMinutes` with nobody touching the device, hand it over to the next child: no seat is
 * active until they pick theirs (nothing is saved meanwhile, and the header says so), the page is "Who is
 * learning?", history starts a new chapter (Back cannot bring back a classmate's pages), and the grown-ups gate
 * is closed again.
 *
 * One timer, not one per event: activity only notes the time (cheap, even for a storm of wheel events), and
 * the timer, when it fires early, re-arms itself for the time still left.
 */
import { useEffect } from 'react';
import type { AppLocale } from '../../i18n/index.ts';
import { closeGate, useStore, type Seat, type Settings } from '../../store/index.ts';
import { newChapter } from '../../routing/router.ts';
import { routePath } from '../../routing/routes.ts';
import { forgetReturnPath } from './returnTo.ts';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
const LISTEN = { capture: true, passive: true } as const;

/** Whether a fresh start should open "Who is learning?": always at school, at home once there are 2+ seats. */
export function shouldAskWhoIsLearning(
  settings: Pick<Settings, 'mode'>,
  seats: { list: readonly Seat[] } | readonly Seat[],
): boolean {
  const count = 'list' in seats ? seats.list.length : seats.length;
  return settings.mode === 'school' || count >= 2;
}

/**
 * Pass null while the URL has no locale yet (the hook then does nothing), so it can be called before an early
 * return. A projector in classroom mode is never handed over: it writes no progress, and a teacher may leave a
 * page up for a long talk.
 */
export function useIdleHandOver(locale: AppLocale | null): void {
  const school = useStore((s) => s.settings.mode === 'school' && !s.settings.classroom);
  const minutes = useStore((s) => s.settings.idleMinutes);

  useEffect(() => {
    if (!school || !locale) return;
    const wait = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      const left = last + wait - Date.now();
      if (left > 0) {
        timer = setTimeout(check, left);
        return;
      }
      timer = undefined; // re-armed by the next touch
      forgetReturnPath();
      useStore.getState().handOver();
      closeGate();
      newChapter(routePath({ name: 'seats', locale }));
    };
    const onActivity = () => {
      last = Date.now();
      if (timer === undefined) timer = setTimeout(check, wait);
    };

    timer = setTimeout(check, wait);
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, LISTEN);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, LISTEN);
    };
  }, [school, minutes, locale]);
}
