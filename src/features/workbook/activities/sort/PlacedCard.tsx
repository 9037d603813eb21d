/**
 * A card in a bin, small (a chip in the bin's drawer): it can be dragged elsewhere or taken back, until a
 * check finds it right; then it says "Correct" and why.
 */
import { Inlines, inlineText } from '../../../../content/render.tsx';
import type { ItemOf } from '../../../../content/workbookSchema.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import { m } from '../../../../ui/motion.ts';
import { UndoIcon } from '../../../../ui/icons.tsx';
import { Mark } from '../kit/Mark.tsx';
import { Explain } from '../kit/panels.tsx';
import type { PointerDrag } from '../kit/usePointerDrag.ts';

interface Props {
  card: ItemOf<'sort'>;
  locked: boolean;
  /** An opinion has no "Correct": a checked card just stays. */
  opinion: boolean;
  drag: PointerDrag;
  onTakeBack: () => void;
}

export function PlacedCard({ card, locked, opinion, drag, onTakeBack }: Props) {
  const { t } = useTranslation('workbook');
  const label = (
    <span className="da-card-label">
      <Inlines nodes={card.label} />
    </span>
  );
  return (
    <m.li
      className={locked ? 'da-chip-slot da-chip-locked' : 'da-chip-slot'}
      initial={{ opacity: 0, y: 8 }}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.15 }}
    >
      {locked ? (
        <div className="da-card da-chip da-locked">
          {label}
          {!opinion && <Mark verdict="right" />}
          <Explain nodes={card.explain} />
        </div>
      ) : (
        <div
          className={drag.drag?.id === card.id ? 'da-card da-chip da-dragging' : 'da-card da-chip'}
          style={drag.dragStyle(card.id)}
          {...drag.dragProps(card.id)}
        >
          {label}
          <button
            type="button"
            className="act-icon-button"
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
