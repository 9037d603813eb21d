/**
 * The one way every activity checks: the state moves on, the outcome is said, focus goes where the news is,
 * and the page hears of completion exactly once, with whether it was right the first time and which items
 * were ever not right.
 *
 * The drag boards say the outcome in a live region of their own (`liveRegion`, to render); the pick
 * activities show theirs in a feedback panel that is itself a live region, so they pass `speaks: false`.
 */
import { useRef, useState } from 'react';
import type { Exercise } from '../../../../content/workbookSchema.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import type { ActivityProps } from '../types.ts';
import { firstTry, type Attempt } from './attempt.ts';
import { useAnnouncer } from './useAnnouncer.tsx';
import { useFocusLater } from './useFocusLater.ts';

interface Options {
  exercise: Exercise;
  onComplete: ActivityProps['onComplete'];
  speaks?: boolean;
}

export function useAttempt<S extends Attempt>(
  initial: S | (() => S),
  { exercise, onComplete, speaks = true }: Options,
) {
  const { t } = useTranslation('workbook');
  const [state, setState] = useState(initial);
  const [region, announce] = useAnnouncer();
  const { root, focusLater } = useFocusLater<HTMLDivElement>();
  const completed = useRef(false);

  /** A move that is not a check. True when anything changed. */
  const update = (next: S): boolean => {
    if (next === state) return false;
    setState(next);
    return true;
  };

  /**
   * A check (or an answer judged at once). All right: said, focus on the element marked `data-focus="done"`
   * (if any), completion reported once. Not yet: how many are not right is said, and focus goes to the first
   * of `retry` still there (the cards that came back).
   */
  const check = (next: S, ...retry: string[]): boolean => {
    if (!update(next)) return false;
    if (next.done) {
      if (speaks) announce(exercise.opinion ? t('activity.thanks') : t('activity.allRight'));
      focusLater('done');
      if (!completed.current) {
        completed.current = true;
        onComplete({ firstTry: firstTry(next), slips: next.slips });
      }
    } else if (next.wrong > 0) {
      if (speaks) announce(t('activity.someWrong', { count: next.wrong }));
      focusLater(...retry);
    }
    return true;
  };

  const liveRegion = speaks ? region : null;
  return {
    state,
    update,
    check,
    announce,
    focusLater,
    root,
    liveRegion,
    board: { exercise, state, liveRegion, rootRef: root },
  };
}
