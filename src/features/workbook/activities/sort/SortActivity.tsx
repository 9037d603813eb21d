/**
 * Sort (type "sort"): cards into two or three bins, which wait in a tray at the bottom of the screen (BinTray).
 * Three ways to place a card, all complete: drag it onto a bin; tap it (it is "picked") then tap a bin; or Tab
 * to it, Enter, and Enter on a bin's "Put in" button (focus goes to the first bin, Escape puts the card down).
 * When every card is placed the child checks: right cards stay with their explanation, wrong ones come back
 * saying "Not this one" and the hint shows.
 */
import { useId, useMemo, useRef } from 'react';
import { inlineText } from '../../../../content/render.tsx';
import { useTranslation } from '../../../../i18n/index.ts';
import { Board } from '../kit/Board.tsx';
import { CardSlot, WaitingCard } from '../kit/cards.tsx';
import { useBoard } from '../kit/useBoard.ts';
import { usePointerDrag } from '../kit/usePointerDrag.ts';
import type { ActivityProps } from '../types.ts';
import { BinTray } from './BinTray.tsx';
import { useStickyTray } from './useStickyTray.ts';
import { checkSort, inBin, initialSort, placeCard, shuffledCards, takeBack, unplaced } from './sortLogic.ts';
import './sort.css';

const PILE = 'pile';

export function SortActivity({ exercise, onComplete }: ActivityProps<'sort'>) {
  const { t } = useTranslation('workbook');
  const headingId = useId();
  const cards = useMemo(() => shuffledCards(exercise.items, exercise.id), [exercise.items, exercise.id]);
  const { state, board, picked, announce, pick, put, takeOff, checkBoard } = useBoard(
    initialSort,
    { exercise, onComplete },
    'card',
  );
  const cardText = (id: string) => inlineText(cards.find((c) => c.id === id)?.label ?? []);
  const binText = (id: string) => inlineText(exercise.bins.find((b) => b.id === id)?.label ?? []);
  const pile = unplaced(cards, state);
  const here = (binId: string) => inBin(cards, state, binId);
  const firstBin = exercise.bins[0] && `bin:${exercise.bins[0].id}`;

  const place = (cardId: string, binId: string, keyboard: boolean) => {
    // From the keyboard, on to the card that takes its place in the pile (or the one before, at the end).
    const at = pile.findIndex((c) => c.id === cardId);
    const after = pile.filter((c) => c.id !== cardId);
    const nextCard = after[Math.min(Math.max(at, 0), after.length - 1)];
    const said = t('activity.placed', { card: cardText(cardId), bin: binText(binId) });
    put(placeCard(state, cardId, binId), said, keyboard, nextCard ? [nextCard.id] : []);
  };

  const giveBack = (cardId: string) => takeOff(takeBack(state, cardId), cardId);

  const tray = useRef<HTMLDivElement>(null);
  const sticky = useStickyTray(tray, !state.done);
  const drag = usePointerDrag({
    onDrop: (cardId, target) => (target === PILE ? giveBack(cardId) : place(cardId, target, false)),
    canDrop: (cardId, target) =>
      target === PILE ? state.placed[cardId] !== undefined : state.placed[cardId] !== target,
    // The bins stick in view at the bottom: carried down to them, a card must not scroll the page.
    scrollDown: !sticky,
  });

  return (
    <Board
      {...board}
      help={t('activity.pickCard')}
      hint="above"
      check={{
        shown: pile.length === 0,
        onClick: () => checkBoard(checkSort(cards, state, exercise.opinion)),
      }}
    >
      <div className="da-sort-board">
        <div
          className={drag.drag?.over === PILE ? 'da-pile da-over' : 'da-pile'}
          role="group"
          aria-labelledby={headingId}
          {...drag.dropProps(PILE)}
        >
          <p className="act-count" id={headingId}>
            {t('activity.cardsLeft', { count: pile.length })}
          </p>
          <ul className="da-cards">
            {pile.map((card) => (
              <CardSlot key={card.id}>
                <WaitingCard
                  id={card.id}
                  label={card.label}
                  focusKey={`card:${card.id}`}
                  picked={picked === card.id}
                  returned={state.returned.includes(card.id)}
                  drag={drag}
                  onPick={(keyboard) => pick(card.id, cardText(card.id), keyboard, firstBin)}
                />
              </CardSlot>
            ))}
          </ul>
        </div>
        <BinTray
          trayRef={tray}
          sticky={sticky}
          bins={exercise.bins}
          cardsIn={here}
          isLocked={(id) => state.locked.includes(id)}
          picked={picked !== null}
          done={state.done}
          opinion={exercise.opinion}
          drag={drag}
          onPut={(binId, keyboard) =>
            picked ? place(picked, binId, keyboard) : announce(t('activity.pickCard'))
          }
          onTakeBack={giveBack}
        />
      </div>
    </Board>
  );
}
