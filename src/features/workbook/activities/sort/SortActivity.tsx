/**
 * Sort (type "sort"): cards into two or three bins. Three ways to place a card, all complete: drag it onto a
 * bin; tap it (it is "picked") then tap a bin; or Tab to it, Enter, and Enter on a bin's "Put in" button
 * (focus goes to the first bin, Escape puts the card down). When every card is placed the child checks:
 * right cards stay with their explanation, wrong ones come back saying "Not this one" and the hint shows.
 */
import { useId, useMemo } from 'react';
import { Inlines, inlineText } from '../../../../content/render.tsx';
import { useTranslation } from '../../../../i18n/index.ts';
import { Board } from '../kit/Board.tsx';
import { CardSlot, fromKeyboard, WaitingCard } from '../kit/cards.tsx';
import { useBoard } from '../kit/useBoard.ts';
import { usePointerDrag } from '../kit/usePointerDrag.ts';
import type { ActivityProps } from '../types.ts';
import { PlacedCard } from './PlacedCard.tsx';
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

  const drag = usePointerDrag({
    onDrop: (cardId, target) => (target === PILE ? giveBack(cardId) : place(cardId, target, false)),
    canDrop: (cardId, target) =>
      target === PILE ? state.placed[cardId] !== undefined : state.placed[cardId] !== target,
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
        <div className="da-bins">
          {exercise.bins.map((bin) => (
            <div
              key={bin.id}
              className={['da-bin', drag.drag?.over === bin.id ? 'da-over' : '', picked ? 'da-ready' : '']
                .join(' ')
                .trim()}
              role="group"
              aria-labelledby={`${headingId}-${bin.id}`}
              {...drag.dropProps(bin.id)}
            >
              {/* The page's title is the h1 (on paper each exercise is an h2, and its bins h3). */}
              <h2 className="da-bin-title" id={`${headingId}-${bin.id}`}>
                <Inlines nodes={bin.label} />
              </h2>
              <button
                type="button"
                className={picked ? 'button primary da-bin-button' : 'button da-bin-button'}
                data-focus={`bin:${bin.id}`}
                onClick={(e) =>
                  picked ? place(picked, bin.id, fromKeyboard(e)) : announce(t('activity.pickCard'))
                }
              >
                {t('activity.placeIn', { bin: inlineText(bin.label) })}
              </button>
              {here(bin.id).length > 0 && (
                <ul className="da-placed">
                  {here(bin.id).map((card) => (
                    <PlacedCard
                      key={card.id}
                      card={card}
                      locked={state.locked.includes(card.id)}
                      opinion={exercise.opinion}
                      drag={drag}
                      onTakeBack={() => giveBack(card.id)}
                    />
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </div>
    </Board>
  );
}
