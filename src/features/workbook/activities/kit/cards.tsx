/** Cards and buttons the drag boards share: a card's slot, a card waiting to be placed, the check button. */
import type { MouseEvent, ReactNode } from 'react';
import { Inlines } from '../../../../content/render.tsx';
import type { Inline } from '../../../../content/richText.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import { m } from '../../../../ui/motion.ts';
import { Mark } from './Mark.tsx';
import type { PointerDrag } from './usePointerDrag.ts';
import './cards.css';

/** A card's place in a list, popping in as it (re)appears. */
export function CardSlot({ children }: { children: ReactNode }) {
  return (
    <m.li
      initial={{ opacity: 0, scale: 0.95 }}
      animate={{ opacity: 1, scale: 1 }}
      transition={{ duration: 0.18 }}
    >
      {children}
    </m.li>
  );
}

/** A button pressed with Enter or Space (or a screen reader) reports no click count. */
export const fromKeyboard = (e: MouseEvent) => e.detail === 0;

interface WaitingCardProps {
  id: string;
  label: readonly Inline[];
  /** Its `data-focus` key, e.g. "card:clean-air": focus comes back here when it is sent back. */
  focusKey: string;
  picked: boolean;
  /** The last check sent it back: it says "Not this one" until placed again. */
  returned: boolean;
  drag: PointerDrag;
  onPick: (keyboard: boolean) => void;
}

/** A card not placed yet (sort's pile, match's left column): tap or Enter picks it; it can also be dragged. */
export function WaitingCard({ id, label, focusKey, picked, returned, drag, onPick }: WaitingCardProps) {
  return (
    <button
      type="button"
      className={drag.drag?.id === id ? 'da-card da-dragging' : 'da-card'}
      aria-pressed={picked}
      data-focus={focusKey}
      style={drag.dragStyle(id)}
      {...drag.dragProps(id)}
      onClick={(e) => onPick(fromKeyboard(e))}
    >
      <span className="da-card-label">
        <Inlines nodes={label} />
      </span>
      {returned && (
        <>
          {' '}
          <Mark verdict="again" />
        </>
      )}
    </button>
  );
}

/** "Check my answers" (or the label given); focus comes here when the last card is placed. */
export function CheckButton(props: { onClick: () => void; disabled?: boolean; label?: string }) {
  const { t } = useTranslation('workbook');
  return (
    <button
      type="button"
      className="button primary act-check"
      data-focus="check"
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.label ?? t('activity.check')}
    </button>
  );
}
