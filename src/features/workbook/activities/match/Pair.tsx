/** A left card with the right-hand card put with it: undo until a check finds it right, then why. */
import { Inlines, inlineText } from '../../../../content/render.tsx';
import type { ItemOf } from '../../../../content/workbookSchema.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import { m } from '../../../../ui/motion.ts';
import { JoinIcon, UndoIcon } from '../../../../ui/icons.tsx';
import { Mark } from '../kit/Mark.tsx';
import { Explain } from '../kit/panels.tsx';

interface Props {
  left: ItemOf<'match'>;
  /** The item whose right-hand card (`match`) was put with `left`. */
  right: ItemOf<'match'>;
  locked: boolean;
  onUndo: () => void;
}

export function Pair({ left, right, locked, onUndo }: Props) {
  const { t } = useTranslation('workbook');
  return (
    <m.div
      className={locked ? 'da-pair da-locked' : 'da-pair'}
      initial={{ opacity: 0, scale: 0.96 }}
      animate={{ opacity: 1, scale: 1 }}
      transition={{ duration: 0.18 }}
    >
      <span className="visually-hidden">
        {t('activity.matched', { left: inlineText(left.label), right: inlineText(right.match) })}
      </span>
      {/* Both cards, side by side, for the eye; the sentence above says the same for a screen reader. */}
      <span className="da-pair-cards" aria-hidden="true">
        <span className="da-pair-side">
          <Inlines nodes={left.label} />
        </span>
        <JoinIcon />
        <span className="da-pair-side">
          <Inlines nodes={right.match} />
        </span>
      </span>
      {locked ? (
        <>
          <Mark verdict="right" />
          <Explain nodes={left.explain} />
        </>
      ) : (
        <button type="button" className="act-icon-button" data-focus={`undo:${left.id}`} onClick={onUndo}>
          <UndoIcon />
          <span className="visually-hidden">{t('activity.unmatch', { left: inlineText(left.label) })}</span>
        </button>
      )}
    </m.div>
  );
}
