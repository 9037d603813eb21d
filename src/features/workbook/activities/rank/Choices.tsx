/**
 * The cards to choose from (rank): toggle buttons, ticked once chosen, dim once `pick` are chosen. A card not
 * chosen yet can also be dragged straight into a place in the list.
 */
import { Inlines, inlineText } from '../../../../content/render.tsx';
import type { ItemOf } from '../../../../content/workbookSchema.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import { CheckIcon } from '../../../../ui/icons.tsx';
import { OptionLetter } from '../../../classroom/index.ts';
import type { PointerDrag } from '../kit/usePointerDrag.ts';

interface Props {
  items: readonly ItemOf<'rank'>[];
  chosen: readonly string[];
  pick: number;
  drag: PointerDrag;
  onToggle: (id: string) => void;
}

export function Choices({ items, chosen, pick, drag, onToggle }: Props) {
  const { t } = useTranslation('workbook');
  const full = chosen.length >= pick;
  return (
    <>
      <p className="act-count">{t('activity.chosenOf', { chosen: chosen.length, count: pick })}</p>
      <ul className="da-cards">
        {items.map((item, i) => {
          const on = chosen.includes(item.id);
          return (
            <li key={item.id}>
              <button
                type="button"
                className={drag.drag?.id === item.id ? 'da-card da-choice da-dragging' : 'da-card da-choice'}
                aria-pressed={on}
                disabled={!on && full}
                data-focus={`choose:${item.id}`}
                style={drag.dragStyle(item.id)}
                {...(on ? {} : drag.dragProps(item.id))}
                onClick={() => onToggle(item.id)}
              >
                <span className="da-tick" aria-hidden="true">
                  {on ? <CheckIcon /> : null}
                </span>
                <span className="da-card-label">
                  <span className="visually-hidden">
                    {t('activity.add', { item: inlineText(item.label) })}
                  </span>
                  <span aria-hidden="true">
                    <OptionLetter index={i} />
                    <Inlines nodes={item.label} />
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
