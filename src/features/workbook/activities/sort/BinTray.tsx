/**
 * The bins, in a tray that sticks to the bottom of the screen while there are cards to sort, so every card
 * can go in a bin without scrolling away from it (on a phone the pile is longer than the screen; see
 * useStickyTray for when it does not stick). Each bin
 * is a button that puts the picked card in it and a place to drop a dragged one; what is in it folds away
 * behind a count that opens it, to see them or take one back. When all are right, the tray
 * stops sticking and every bin shows its cards with why.
 */
import { useId, useState, type RefObject } from 'react';
import { Inlines, inlineText } from '../../../../content/render.tsx';
import type { Exercise, ItemOf } from '../../../../content/workbookSchema.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import { ChevronIcon } from '../../../../ui/icons.tsx';
import { m } from '../../../../ui/motion.ts';
import { fromKeyboard } from '../kit/cards.tsx';
import type { PointerDrag } from '../kit/usePointerDrag.ts';
import { PlacedCard } from './PlacedCard.tsx';

type Bin = Extract<Exercise, { type: 'sort' }>['bins'][number];

interface Props {
  trayRef: RefObject<HTMLDivElement | null>;
  /** Whether it sticks to the bottom of the screen now (useStickyTray). */
  sticky: boolean;
  bins: readonly Bin[];
  cardsIn: (binId: string) => ItemOf<'sort'>[];
  isLocked: (cardId: string) => boolean;
  picked: boolean;
  done: boolean;
  opinion: boolean;
  drag: PointerDrag;
  onPut: (binId: string, keyboard: boolean) => void;
  onTakeBack: (cardId: string) => void;
}

export function BinTray(props: Props) {
  const { trayRef, sticky, bins, cardsIn, isLocked, picked, done, opinion, drag, onPut, onTakeBack } = props;
  const { t } = useTranslation('workbook');
  const id = useId();
  const [open, setOpen] = useState<string | null>(null);
  // A bin whose last card went back closes: it opens again only when asked.
  if (open !== null && cardsIn(open).length === 0) setOpen(null);
  const trayClass = ['da-tray', sticky && 'da-tray-sticky', done && 'da-tray-done'];

  return (
    <div className={trayClass.filter(Boolean).join(' ')} ref={trayRef}>
      {bins.map((bin) => {
        const cards = cardsIn(bin.id);
        const text = inlineText(bin.label);
        const titleId = `${id}-${bin.id}`;
        const drawerId = `${titleId}-cards`;
        const shown = done || open === bin.id;
        const classes = ['da-bin', shown && 'da-bin-open', drag.drag?.over === bin.id && 'da-over'];
        return (
          <div
            key={bin.id}
            className={classes.filter(Boolean).join(' ')}
            role="group"
            aria-labelledby={titleId}
            {...drag.dropProps(bin.id)}
          >
            {done ? (
              // The page's title is the h1 (on paper each exercise is an h2, and its bins h3).
              <h2 className="da-bin-title" id={titleId}>
                <Inlines nodes={bin.label} />
              </h2>
            ) : (
              <div className="da-bin-head">
                <button
                  type="button"
                  className={picked ? 'button primary da-bin-button' : 'button da-bin-button'}
                  data-focus={`bin:${bin.id}`}
                  aria-label={t('activity.placeIn', { bin: text })}
                  onClick={(e) => onPut(bin.id, fromKeyboard(e))}
                >
                  <span className="da-bin-title" id={titleId}>
                    <Inlines nodes={bin.label} />
                  </span>
                </button>
                {cards.length > 0 && (
                  <button
                    type="button"
                    className="da-bin-toggle"
                    aria-expanded={shown}
                    aria-controls={drawerId}
                    onClick={() => setOpen(shown ? null : bin.id)}
                  >
                    {/* The count pops as a card lands (still, when motion is reduced). */}
                    <m.span
                      key={cards.length}
                      className="da-bin-count"
                      aria-hidden="true"
                      initial={{ scale: 1.5 }}
                      animate={{ scale: 1 }}
                      transition={{ duration: 0.2 }}
                    >
                      {cards.length}
                    </m.span>
                    <ChevronIcon up={shown} />
                    <span className="visually-hidden">
                      {t('activity.binCards', { bin: text, count: cards.length })}
                    </span>
                  </button>
                )}
              </div>
            )}
            {cards.length > 0 && (
              <ul className="da-placed" id={drawerId} hidden={!shown}>
                {cards.map((card) => (
                  <PlacedCard
                    key={card.id}
                    card={card}
                    locked={isLocked(card.id)}
                    opinion={opinion}
                    drag={drag}
                    onTakeBack={() => onTakeBack(card.id)}
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
