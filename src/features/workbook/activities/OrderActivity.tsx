/**
 * Order (type "order"): the steps come mixed up (the same way every time) and the child puts them in order:
 * drag a step onto the place it goes; tap a step, then tap the step whose place it takes; the up and down
 * buttons; or, with a step focused, Alt+Arrow Up / Alt+Arrow Down (focus stays on the step). "Check my answers"
 * marks each step right or not where it stands; the hint helps the next try.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Inlines, inlineText } from '../../../content/render.tsx';
import { useTranslation } from '../../../i18n/index.ts';
import {
  ArrowIcon,
  DonePanel,
  Explain,
  HintPanel,
  Mark,
  useAnnouncer,
  useFocusLater,
  WorksheetInstructions,
} from './dragShared.tsx';
import {
  checkOrder,
  initialOrder,
  moveStep,
  moveStepTo,
  shuffledSteps,
  stepMark,
  type OrderState,
} from './orderLogic.ts';
import type { ActivityProps, WorksheetProps } from './types.ts';
import { usePointerDrag } from './usePointerDrag.ts';
import './dragActivities.css';

export function OrderActivity({ exercise, onComplete }: ActivityProps<'order'>) {
  const { t } = useTranslation('workbook');
  const [state, setState] = useState(() => initialOrder(exercise.items, exercise.id));
  const [picked, setPicked] = useState<string | null>(null);
  const [liveRegion, announce] = useAnnouncer();
  const { root, focusLater } = useFocusLater<HTMLDivElement>();
  const completed = useRef(false);
  const byId = useMemo(() => new Map(exercise.items.map((i) => [i.id, i])), [exercise.items]);
  const text = (id: string) => inlineText(byId.get(id)?.label ?? []);
  const last = state.order.length - 1;

  /** Applies a move, says where the step is now, and keeps focus on `focusKeys` (the first that exists). */
  const moved = (next: OrderState, id: string, ...focusKeys: string[]) => {
    setPicked(null);
    if (next === state) return;
    setState(next);
    announce(
      t('activity.placed', {
        card: text(id),
        bin: t('activity.position', { position: next.order.indexOf(id) + 1 }),
      }),
    );
    focusLater(...focusKeys, `step:${id}`);
  };

  /** Moves with an arrow button; focus stays on the same button, or the other one at the top or bottom. */
  const moveButton = (id: string, delta: number, control: 'up' | 'down' = delta < 0 ? 'up' : 'down') => {
    const next = moveStep(state, id, delta);
    const at = next.order.indexOf(id);
    const usable = control === 'up' ? at > 0 : at < last;
    const other = control === 'up' ? 'down' : 'up';
    moved(next, id, `${usable ? control : other}:${id}`);
  };

  const tapStep = (id: string) => {
    if (state.done) return;
    if (picked === null) {
      setPicked(id);
      announce(t('activity.pickedCard', { card: text(id) }));
      return;
    }
    if (picked === id) {
      setPicked(null);
      return;
    }
    moved(moveStepTo(state, picked, state.order.indexOf(id)), picked);
  };

  /** Alt+Arrow Up / Down moves the step whose step card or arrow button has focus; focus stays there. */
  const onStepKey = (e: KeyboardEvent, id: string, control: 'step' | 'up' | 'down') => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    if (control === 'step') moved(moveStep(state, id, e.key === 'ArrowUp' ? -1 : 1), id, `step:${id}`);
    else moveButton(id, e.key === 'ArrowUp' ? -1 : 1, control);
  };

  const check = () => {
    const next = checkOrder(exercise.items, state, exercise.opinion);
    setPicked(null);
    if (next === state) return;
    setState(next);
    if (next.done) {
      announce(exercise.opinion ? t('activity.thanks') : t('activity.allRight'));
      focusLater('done');
      if (!completed.current) {
        completed.current = true;
        onComplete({ firstTry: !next.missed });
      }
    } else {
      announce(t('activity.someWrong', { count: next.wrong }));
    }
  };

  const drag = usePointerDrag({
    onDrop: (id, target) => moved(moveStepTo(state, id, state.order.indexOf(target)), id),
    canDrop: (id, target) => id !== target && !state.done,
  });

  useEffect(() => {
    if (picked === null) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') setPicked(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [picked]);

  return (
    <div className="da da-order" ref={root}>
      {liveRegion}
      <p className="da-help">{t('activity.orderHelp')}</p>
      <ol className="da-list">
        {state.order.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const mark = stepMark(state, id);
          const classes = ['da-row', drag.drag?.over === id ? 'da-over' : '', mark ? `da-${mark}-row` : ''];
          return (
            <li key={id} className={classes.join(' ').trim()} {...drag.dropProps(id)}>
              <button
                type="button"
                className={drag.drag?.id === id ? 'da-row-body da-dragging' : 'da-row-body'}
                aria-pressed={state.done ? undefined : picked === id}
                aria-disabled={state.done || undefined}
                data-focus={`step:${id}`}
                style={drag.dragStyle(id)}
                {...(state.done ? {} : drag.dragProps(id))}
                onClick={() => tapStep(id)}
                onKeyDown={(e) => onStepKey(e, id, 'step')}
              >
                <span className="da-num" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="visually-hidden">{t('activity.position', { position: index + 1 })}</span>{' '}
                <span className="da-card-label">
                  <Inlines nodes={item.label} />
                </span>
                {mark && ' '}
                {mark && <Mark right={mark === 'right'} />}
              </button>
              {!state.done && (
                <span className="da-tools">
                  <button
                    type="button"
                    className="da-icon-button"
                    data-focus={`up:${id}`}
                    disabled={index === 0}
                    onClick={() => moveButton(id, -1)}
                    onKeyDown={(e) => onStepKey(e, id, 'up')}
                  >
                    <ArrowIcon up />
                    <span className="visually-hidden">{t('activity.moveUp', { item: text(id) })}</span>
                  </button>
                  <button
                    type="button"
                    className="da-icon-button"
                    data-focus={`down:${id}`}
                    disabled={index === last}
                    onClick={() => moveButton(id, 1)}
                    onKeyDown={(e) => onStepKey(e, id, 'down')}
                  >
                    <ArrowIcon up={false} />
                    <span className="visually-hidden">{t('activity.moveDown', { item: text(id) })}</span>
                  </button>
                </span>
              )}
              {state.done && <Explain blocks={item.explain} />}
            </li>
          );
        })}
      </ol>
      {!state.done && (
        <button type="button" className="button primary da-check" data-focus="check" onClick={check}>
          {t('activity.check')}
        </button>
      )}
      {state.wrong > 0 && !state.done && <HintPanel wrong={state.wrong} hint={exercise.hint} />}
      {state.done && <DonePanel exercise={exercise} />}
    </div>
  );
}

/** The paper version: the steps mixed up, each with a box for its number. */
export function OrderWorksheet({ exercise }: WorksheetProps<'order'>) {
  return (
    <div className="da-ws da-ws-order">
      <WorksheetInstructions exercise={exercise} />
      <ul className="da-ws-list">
        {shuffledSteps(exercise.items, exercise.id).map((step) => (
          <li key={step.id}>
            <span className="da-ws-box" />
            <span>
              <Inlines nodes={step.label} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
