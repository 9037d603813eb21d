/**
 * The paper version of a true-or-false exercise: the statements, each with "True / False" to circle, in the
 * paper's own order (never the one projected, see kit/order.ts).
 */
import { Inlines } from '../../../../content/render.tsx';
import { useTranslation } from '../../../../i18n/index.ts';
import { onPaper } from '../kit/order.ts';
import { Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';

export function TrueFalseWorksheet({ exercise }: WorksheetProps<'true-false'>) {
  const { t } = useTranslation('workbook');
  return (
    <Sheet exercise={exercise}>
      <ol className="pick-sheet-statements">
        {onPaper(exercise.id, exercise.items).map((item) => (
          <li key={item.id}>
            <p className="pick-sheet-statement">
              <Inlines nodes={item.label} />
            </p>
            <p className="pick-sheet-tf">
              <span className="pick-sheet-word">{t('activity.true')}</span>
              <span aria-hidden="true"> / </span>
              <span className="pick-sheet-word">{t('activity.false')}</span>
            </p>
          </li>
        ))}
      </ol>
    </Sheet>
  );
}
