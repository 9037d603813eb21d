/**
 * The paper version of a kinder-message exercise: each pair of messages, with a box to tick the kinder one.
 * The rounds keep their numbers (the educator notes use them); each pair is in the paper's own order.
 */
import { useTranslation } from '../../../../i18n/index.ts';
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';
import { roundsOnPaper } from './kinderLogic.ts';

export function KinderWorksheet({ exercise }: WorksheetProps<'kinder'>) {
  const { t } = useTranslation('workbook');
  return (
    <Sheet exercise={exercise}>
      <ol className="pick-sheet-rounds">
        {roundsOnPaper(exercise).map((round) => (
          <li key={round.id} className="pick-sheet-round">
            <p className="pick-sheet-question">{t('activity.kinderQuestion')}</p>
            <BoxList items={round.items} box="square" bubbles />
          </li>
        ))}
      </ol>
    </Sheet>
  );
}
