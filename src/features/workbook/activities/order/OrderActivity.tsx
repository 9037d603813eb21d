/**
 * Order (type "order"): the steps come mixed up (the same way every time) and the child puts them in order:
 * drag a step onto the place it goes; tap a step, then tap the step whose place it takes; the up and down
 * buttons; or, with a step focused, Alt+Arrow Up / Alt+Arrow Down (focus stays on the step). "Check my answers"
 * marks each step right or not where it stands; the hint helps the next try.
 */
import { useMemo, type KeyboardEvent } from 'react';
import { inlineText } from '../../../../content/render.tsx';
import { useTranslation } from '../../../../i18n/index.ts';
import { Board } from '../kit/Board.tsx';
import { arrowFocus, PlaceList, usePlaceSayer, type Arrow } from '../kit/places.tsx';
import { useAttempt } from '../kit/useAttempt.ts';
import { usePicking } from '../kit/usePicking.ts';
import { usePointerDrag } from '../kit/usePointerDrag.ts';
import type { ActivityProps } from '../types.ts';
import { checkOrder, initialOrder, moveStep, moveStepTo, stepMark, type OrderState } from './orderLogic.ts';
import '../kit/lists.css';

export function OrderActivity({ exercise, onComplete }: ActivityProps<'order'>) {
  const { t } = useTranslation('workbook');
  const { state, update, check, announce, focusLater, root, board } = useAttempt(
    () => initialOrder(exercise.items, exercise.id),
    { exercise, onComplete },
  );
  const { picked, toggle, drop } = usePicking(announce, root);
  const sayPlace = usePlaceSayer(announce);
  const byId = useMemo(() => new Map(exercise.items.map((i) => [i.id, i])), [exercise.items]);
  const text = (id: string) => inlineText(byId.get(id)?.label ?? []);
  const last = state.order.length - 1;

  /** Applies a move, says where the step is now, and keeps focus on `focusKeys` (the first that exists). */
  const moved = (next: OrderState, id: string, ...focusKeys: string[]) => {
    drop();
    if (!update(next)) return;
    sayPlace(text(id), next.order.indexOf(id));
    focusLater(...focusKeys, `row:${id}`);
  };

  /** Moves by `arrow`; focus stays on the `control` pressed (the other arrow at the top or bottom). */
  const moveButton = (id: string, arrow: Arrow, control = arrow) => {
    const next = moveStep(state, id, arrow === 'up' ? -1 : 1);
    moved(next, id, arrowFocus(id, control, next.order.indexOf(id), last));
  };

  /** The first tap picks a step; a tap on another step puts the picked one in its place. */
  const tapStep = (id: string) => {
    if (state.done) return;
    if (picked === null || picked === id) toggle(id, text(id));
    else moved(moveStepTo(state, picked, state.order.indexOf(id)), picked);
  };

  /** Alt+Arrow Up / Down moves the step whose step card or arrow button has focus; focus stays there. */
  const onStepKey = (e: KeyboardEvent, id: string, control: 'row' | Arrow) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const arrow = e.key === 'ArrowUp' ? 'up' : 'down';
    if (control === 'row') moved(moveStep(state, id, arrow === 'up' ? -1 : 1), id, `row:${id}`);
    else moveButton(id, arrow, control);
  };

  const checkSteps = () => {
    drop();
    check(checkOrder(exercise.items, state, exercise.opinion));
  };

  const drag = usePointerDrag({
    onDrop: (id, target) => moved(moveStepTo(state, id, state.order.indexOf(target)), id),
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
        ids={state.order}
        items={exercise.items}
        verdictOf={(id) => stepMark(state, id)}
        done={state.done}
        drag={drag}
        onMove={moveButton}
        tap={{ picked, onTap: tapStep, onKey: onStepKey }}
      />
    </Board>
  );
}
