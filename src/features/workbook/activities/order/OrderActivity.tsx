/**
 * Order (type "order"): the steps come mixed up (the same way every time) and the child puts them in order:
 * drag a step onto the place it goes; tap a step, then tap the step whose place it takes; the up and down
 * buttons; or, with a step focused, Alt+Arrow Up / Alt+Arrow Down (focus stays on the step). "Check my answers"
 * marks each step right or not where it stands; the hint helps the next try.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../../../i18n/index.ts';
import { Board } from '../kit/Board.tsx';
import { PlaceList, useMoves, type Arrow } from '../kit/places.tsx';
import { useAttempt } from '../kit/useAttempt.ts';
import { usePicking } from '../kit/usePicking.ts';
import { usePointerDrag } from '../kit/usePointerDrag.ts';
import type { ActivityProps } from '../types.ts';
import { checkOrder, initialOrder, moveStep, moveStepTo, stepMark } from './orderLogic.ts';
import '../kit/lists.css';

export function OrderActivity({ exercise, onComplete }: ActivityProps<'order'>) {
  const { t } = useTranslation('workbook');
  const attempt = useAttempt(() => initialOrder(exercise.items, exercise.id), { exercise, onComplete });
  const { state, check, board } = attempt;
  const { picked, toggle, drop } = usePicking(attempt.announce, attempt.root);
  const { text, move, step, moveButton, list } = useMoves(attempt, {
    items: exercise.items,
    idsOf: (s) => s.order,
    moveBy: moveStep,
    moveTo: moveStepTo,
    before: drop,
  });

  /** The first tap picks a step; a tap on another step puts the picked one in its place. */
  const tapStep = (id: string) => {
    if (state.done) return;
    if (picked === null || picked === id) toggle(id, text(id));
    else move(picked, state.order.indexOf(id), `row:${picked}`);
  };

  /** Alt+Arrow Up / Down moves the step whose row or arrow button has focus; focus stays there. */
  const onStepKey = (e: KeyboardEvent, id: string, control: 'row' | Arrow) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const arrow = e.key === 'ArrowUp' ? 'up' : 'down';
    if (control === 'row') step(id, arrow, `row:${id}`);
    else moveButton(id, arrow, control);
  };

  const checkSteps = () => {
    drop();
    check(checkOrder(exercise.items, state, exercise.opinion));
  };

  const drag = usePointerDrag({
    onDrop: (id, target) => move(id, state.order.indexOf(target), `row:${id}`),
    canDrop: (id, target) => id !== target && !state.done,
  });

  return (
    <Board
      {...board}
      help={t('activity.orderHelp')}
      hint="below"
      check={{ shown: true, onClick: checkSteps }}
    >
      <PlaceList
        {...list}
        verdictOf={(id) => stepMark(state, id)}
        drag={drag}
        tap={{ picked, onTap: tapStep, onKey: onStepKey }}
      />
    </Board>
  );
}
