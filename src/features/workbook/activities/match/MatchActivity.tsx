/**
 * Match (type "match"): left cards in order, right cards mixed (the same way every time). Tap a left card then
 * its right card; or drag the left card onto the right one; or Tab to a left card, Enter (focus goes to the
 * right cards), Enter on the right one. A matched pair shows together with an undo button; a check keeps the
 * right pairs (with why) and pulls the others apart, with the hint.
 */
import { useMemo } from 'react';
import { Inlines, inlineText } from '../../../../content/render.tsx';
import { useTranslation } from '../../../../i18n/index.ts';
import { Board } from '../kit/Board.tsx';
import { CardSlot, fromKeyboard, WaitingCard } from '../kit/cards.tsx';
import { useBoard } from '../kit/useBoard.ts';
import { usePointerDrag } from '../kit/usePointerDrag.ts';
import type { ActivityProps } from '../types.ts';
import {
  allPaired,
  checkMatch,
  freeRights,
  initialMatch,
  pairUp,
  shuffledRights,
  unpair,
} from './matchLogic.ts';
import { Pair } from './Pair.tsx';
import './match.css';

export function MatchActivity({ exercise, onComplete }: ActivityProps<'match'>) {
  const { t } = useTranslation('workbook');
  const items = exercise.items;
  const rights = useMemo(() => shuffledRights(exercise.items, exercise.id), [exercise.items, exercise.id]);
  const { state, board, picked, announce, pick, put, takeOff, checkBoard } = useBoard(
    initialMatch,
    { exercise, onComplete },
    'left',
  );

  const leftText = (id: string) => inlineText(items.find((i) => i.id === id)?.label ?? []);
  const rightText = (id: string) => inlineText(items.find((i) => i.id === id)?.match ?? []);
  const pool = freeRights(rights, state);

  const pairWith = (left: string, right: string, keyboard: boolean) => {
    const next = pairUp(state, left, right);
    // From the keyboard, on to the next left card still open (after this one, going round).
    const at = items.findIndex((i) => i.id === left);
    const open = [...items.slice(at + 1), ...items.slice(0, at)].filter(
      (i) => next.pairs[i.id] === undefined,
    );
    const said = t('activity.matched', { left: leftText(left), right: rightText(right) });
    put(
      next,
      said,
      keyboard,
      open.map((i) => i.id),
    );
  };

  const tapRight = (right: string, keyboard: boolean) => {
    if (picked === null) announce(t('activity.matchHelp'));
    else pairWith(picked, right, keyboard);
  };

  const drag = usePointerDrag({ onDrop: (left, right) => pairWith(left, right, false) });

  return (
    <Board
      {...board}
      help={t('activity.matchHelp')}
      hint="above"
      check={{
        shown: allPaired(items, state),
        onClick: () => checkBoard(checkMatch(items, state, exercise.opinion)),
      }}
    >
      <div className="da-match-board">
        <ul className="da-match-left">
          {items.map((item) => {
            const right = items.find((i) => i.id === state.pairs[item.id]);
            return (
              <li key={item.id} className="da-match-row">
                {right === undefined ? (
                  <WaitingCard
                    id={item.id}
                    label={item.label}
                    focusKey={`left:${item.id}`}
                    picked={picked === item.id}
                    returned={state.returned.includes(item.id)}
                    drag={drag}
                    onPick={(keyboard) =>
                      pick(item.id, leftText(item.id), keyboard, pool[0] && `right:${pool[0].id}`)
                    }
                  />
                ) : (
                  <Pair
                    left={item}
                    right={right}
                    locked={state.locked.includes(item.id)}
                    onUndo={() => takeOff(unpair(state, item.id), item.id)}
                  />
                )}
              </li>
            );
          })}
        </ul>
        {pool.length > 0 && (
          <ul className="da-match-right">
            {pool.map((r) => (
              <CardSlot key={r.id}>
                <button
                  type="button"
                  className={[
                    'da-card',
                    'da-right-card',
                    picked ? 'da-ready' : '',
                    drag.drag?.over === r.id ? 'da-over' : '',
                  ]
                    .join(' ')
                    .trim()}
                  data-focus={`right:${r.id}`}
                  {...drag.dropProps(r.id)}
                  onClick={(e) => tapRight(r.id, fromKeyboard(e))}
                >
                  <span className="da-card-label">
                    <Inlines nodes={r.match} />
                  </span>
                </button>
              </CardSlot>
            ))}
          </ul>
        )}
      </div>
    </Board>
  );
}
