/**
 * What the class found hardest: the cards, options and statements children got wrong before they got the
 * activity right, most first ("12 of 20" counts the children who finished that activity). From the item ids
 * each seat's exercise keeps, never from anything a child typed; on screen and in the printed report alike.
 */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import type { ClassFigures } from '../../store/classFigures.ts';
import type { ClassContent } from './classContent.ts';
import { ScrollTable } from './ScrollTable.tsx';

interface Props {
  lng: AppLocale;
  figures: ClassFigures;
  content: ClassContent;
  idPrefix: string;
}

export function ClassSlipsTable({ lng, figures, content, idPrefix }: Props) {
  const { t } = useTranslation('grownUps', { lng });
  const id = `${idPrefix}-slips`;
  return (
    <>
      <h3 id={id}>{t('class.slipsTitle')}</h3>
      <p className="class-note">{t('class.slipsNote')}</p>
      {figures.slips.length === 0 ? (
        <p className="class-note class-empty">{t('class.noSlips')}</p>
      ) : (
        <ScrollTable labelledBy={id}>
          <table className="class-table class-slips" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">{t('class.slipItem')}</th>
                <th scope="col">{t('class.exercise')}</th>
                <th scope="col">{t('class.slipped')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.slips.map((s) => (
                <tr key={`${s.exercise} ${s.item}`}>
                  <th scope="row">{content.itemLabels.get(s.exercise)?.get(s.item) ?? s.item}</th>
                  <td>
                    {t('class.module', { number: content.moduleOf.get(s.exercise) ?? 0 })}{' '}
                    {content.titles.exercises.get(s.exercise) ?? s.exercise}
                  </td>
                  <td>{t('class.outOf', { count: s.slipped, total: s.finished })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}
