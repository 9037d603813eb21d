/** The paper version of a rank exercise: the cards, each with a box for its number, and a line per place. */
import { useTranslation } from '../../../../i18n/index.ts';
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';
import { pickCount } from './rankLogic.ts';

export function RankWorksheet({ exercise }: WorksheetProps<'rank'>) {
  const { t } = useTranslation('workbook');
  const pick = pickCount(exercise);
  return (
    <Sheet exercise={exercise}>
      <p>{t('activity.chooseN', { count: pick })}</p>
      <BoxList items={exercise.items} box="number" />
      <ol className="da-ws-lines">
        {Array.from({ length: pick }, (_, i) => (
          <li key={i}>
            <span className="da-ws-line" />
          </li>
        ))}
      </ol>
    </Sheet>
  );
}
