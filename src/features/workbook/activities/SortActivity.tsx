/**
 * Sort (type "sort"): cards into two or three bins. Three ways to place a card, all complete: drag it onto a
 * bin; tap it (it is "picked") then tap a bin; or Tab to it, Enter, and Enter on a bin's "Put in" button
 * (focus goes to the first bin, Escape puts the card down). When every card is placed the child checks:
 * right cards stay with their explanation, wrong ones come back saying "Not this one" and the hint shows.
 */
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Inlines, inlineText } from '../../../content/render.tsx';
import type { ItemOf } from '../../../content/workbookSchema.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { m } from '../../../ui/motion.ts';
import {
  DonePanel,
  Explain,
  fromKeyboard,
  HintPanel,
  Mark,
  QUICK,
  UndoIcon,
  useAnnouncer,
  useFocusLater,
  WorksheetInstructions,
} from './dragShared.tsx';
import { checkSort, inBin, initialSort, placeCard, takeBack, unplaced } from './sortLogic.ts';
import { seededShuffle } from '../../../ui/shuffle.ts';
import type { ActivityProps, WorksheetProps } from './types.ts';
import { usePointerDrag, type DragHandlers } from './usePointerDrag.ts';
import './dragActivities.css';

const PILE = 'pile';

/** Cards are written grouped by bin; they are shown mixed, the same way every time. */
const mixed = <T,>(items: readonly T[], seed: string) => seededShuffle(items, `${seed}:sort`);

export function SortActivity({ exercise, onComplete }: ActivityProps<'sort'>) {
  const { t } = useTranslation('workbook');
  const headingId = useId();
  const cards = useMemo(() => mixed(exercise.items, exercise.id), [exercise.items, exercise.id]);
  const [state, setState] = useState(initialSort);
  const [picked, setPicked] = useState<string | null>(null);
  const [liveRegion, announce] = useAnnouncer();
  const { root, focusLater } = useFocusLater<HTMLDivElement>();
  const completed = useRef(false);

  const cardText = (id: string) => inlineText(cards.find((c) => c.id === id)?.label ?? []);
  const binText = (id: string) => inlineText(exercise.bins.find((b) => b.id === id)?.label ?? []);
  const pile = unplaced(cards, state);

  const place = (cardId: string, binId: string, keyboard: boolean) => {
    const next = placeCard(state, cardId, binId);
    setPicked(null);
    if (next === state) return;
    setState(next);
    announce(t('activity.placed', { card: cardText(cardId), bin: binText(binId) }));
    if (keyboard) {
      const at = pile.findIndex((c) => c.id === cardId);
      const after = pile.filter((c) => c.id !== cardId);
      const nextCard = after[Math.min(Math.max(at, 0), after.length - 1)];
      focusLater(...(nextCard ? [`card:${nextCard.id}`] : []), 'check');
    }
  };

  const giveBack = (cardId: string) => {
    const next = takeBack(state, cardId);
    if (next === state) return;
    setState(next);
    focusLater(`card:${cardId}`);
  };

  const pick = (cardId: string, keyboard: boolean) => {
    if (picked === cardId) {
      setPicked(null);
      return;
    }
    setPicked(cardId);
    announce(t('activity.pickedCard', { card: cardText(cardId) }));
    const first = exercise.bins[0];
    if (keyboard && first) focusLater(`bin:${first.id}`);
  };

  const check = () => {
    const next = checkSort(cards, state, exercise.opinion);
    if (next === state) return;
    setState(next);
    setPicked(null);
    if (next.done) {
      announce(exercise.opinion ? t('activity.thanks') : t('activity.allRight'));
      focusLater('done');
      if (!completed.current) {
        completed.current = true;
        onComplete({ firstTry: !next.missed });
      }
    } else {
      announce(t('activity.someWrong', { count: next.wrong }));
      focusLater(...next.returned.map((id) => `card:${id}`));
    }
  };

  const drag = usePointerDrag({
    onDrop: (cardId, target) => (target === PILE ? giveBack(cardId) : place(cardId, target, false)),
    canDrop: (cardId, target) =>
      target === PILE ? state.placed[cardId] !== undefined : state.placed[cardId] !== target,
  });

  // Escape puts a picked card down, wherever focus is.
  useEffect(() => {
    if (picked === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPicked(null);
      if (root.current?.contains(document.activeElement)) {
        root.current.querySelector<HTMLElement>(`[data-focus="card:${picked}"]`)?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [picked, root]);

  return (
    <div className="da da-sort" ref={root}>
      {liveRegion}
      <p className="da-help">{t('activity.pickCard')}</p>
      {/* After a check, the hint sits just above the cards that came back. */}
      {state.wrong > 0 && !state.done && <HintPanel wrong={state.wrong} hint={exercise.hint} />}
      <div className="da-sort-board">
        <div
          className={drag.drag?.over === PILE ? 'da-pile da-over' : 'da-pile'}
          role="group"
          aria-labelledby={headingId}
          {...drag.dropProps(PILE)}
        >
          <p className="da-count" id={headingId}>
            {t('activity.cardsLeft', { count: pile.length })}
          </p>
          <ul className="da-cards">
            {pile.map((card) => (
              <m.li
                key={card.id}
                initial={{ opacity: 0, scale: 0.94 }}
                animate={{ opacity: 1, scale: 1 }}
                transition={QUICK}
              >
                <button
                  type="button"
                  className={drag.drag?.id === card.id ? 'da-card da-dragging' : 'da-card'}
                  aria-pressed={picked === card.id}
                  data-focus={`card:${card.id}`}
                  style={drag.dragStyle(card.id)}
                  {...drag.dragProps(card.id)}
                  onClick={(e) => pick(card.id, fromKeyboard(e))}
                >
                  <span className="da-card-label">
                    <Inlines nodes={card.label} />
                  </span>
                  {state.returned.includes(card.id) && (
                    <>
                      {' '}
                      <Mark right={false} />
                    </>
                  )}
                </button>
              </m.li>
            ))}
          </ul>
        </div>
        <div className="da-bins">
          {exercise.bins.map((bin) => {
            const here = inBin(cards, state, bin.id);
            const over = drag.drag?.over === bin.id;
            return (
              <div
                key={bin.id}
                className={['da-bin', over ? 'da-over' : '', picked ? 'da-ready' : ''].join(' ').trim()}
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
                {here.length > 0 && (
                  <ul className="da-placed">
                    {here.map((card) => (
                      <PlacedCard
                        key={card.id}
                        card={card}
                        locked={state.locked.includes(card.id)}
                        opinion={exercise.opinion}
                        dragging={drag.drag?.id === card.id}
                        dragHandlers={drag.dragProps(card.id)}
                        dragStyle={drag.dragStyle(card.id)}
                        onTakeBack={() => giveBack(card.id)}
                      />
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      </div>
      {pile.length === 0 && !state.done && (
        <button type="button" className="button primary da-check" data-focus="check" onClick={check}>
          {t('activity.check')}
        </button>
      )}
      {state.done && <DonePanel exercise={exercise} />}
    </div>
  );
}

interface PlacedCardProps {
  card: ItemOf<'sort'>;
  locked: boolean;
  /** An opinion has no "Right": a checked card just stays. */
  opinion: boolean;
  dragging: boolean;
  dragHandlers: DragHandlers;
  dragStyle: CSSProperties | undefined;
  onTakeBack: () => void;
}

/** A card in a bin: it can be dragged elsewhere or taken back, until a check finds it right. */
function PlacedCard({
  card,
  locked,
  opinion,
  dragging,
  dragHandlers,
  dragStyle,
  onTakeBack,
}: PlacedCardProps) {
  const { t } = useTranslation('workbook');
  return (
    <m.li initial={{ opacity: 0, y: -14 }} animate={{ opacity: 1, y: 0 }} transition={QUICK}>
      {locked ? (
        <div className="da-card da-placed-card da-locked">
          <span className="da-card-label">
            <Inlines nodes={card.label} />
          </span>
          {!opinion && <Mark right />}
          <Explain blocks={card.explain} />
        </div>
      ) : (
        <div
          className={dragging ? 'da-card da-placed-card da-dragging' : 'da-card da-placed-card'}
          style={dragStyle}
          {...dragHandlers}
        >
          <span className="da-card-label">
            <Inlines nodes={card.label} />
          </span>
          <button
            type="button"
            className="da-icon-button"
            data-focus={`back:${card.id}`}
            onClick={onTakeBack}
          >
            <UndoIcon />
            <span className="visually-hidden">
              {t('activity.takeBack', { card: inlineText(card.label) })}
            </span>
          </button>
        </div>
      )}
    </m.li>
  );
}

/** The paper version: the instructions, the cards to cut out or copy, and an empty box per bin. */
export function SortWorksheet({ exercise }: WorksheetProps<'sort'>) {
  const cards = mixed(exercise.items, exercise.id);
  // The same number of lines in every box, so the boxes give nothing away.
  const lines = Math.min(cards.length, Math.ceil(cards.length / Math.max(1, exercise.bins.length)) + 2);
  return (
    <div className="da-ws da-ws-sort">
      <WorksheetInstructions exercise={exercise} />
      <ul className="da-ws-cards">
        {cards.map((card) => (
          <li key={card.id} className="da-ws-card">
            <Inlines nodes={card.label} />
          </li>
        ))}
      </ul>
      <div className="da-ws-bins">
        {exercise.bins.map((bin) => (
          <section key={bin.id} className="da-ws-bin">
            <h3 className="da-bin-title">
              <Inlines nodes={bin.label} />
            </h3>
            {Array.from({ length: lines }, (_, i) => (
              <div key={i} className="da-ws-line" />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
