/**
 * The class's figures as three tables, one per tier: how many finished each item and how many got it right
 * first time, the items most often got wrong first. The same tables are on screen and in the printed report,
 * each in its own language (`lng`), so a teacher can print in a language other than the interface's.
 */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import type { ClassFigures } from '../../store/classFigures.ts';
import type { ClassContent } from './classContent.ts';
import { ClassSlipsTable } from './ClassSlipsTable.tsx';
import { ScrollTable } from './ScrollTable.tsx';

interface Props {
  lng: AppLocale;
  figures: ClassFigures;
  content: ClassContent;
  idPrefix: string;
}

export function ClassFiguresTables({ lng, figures, content, idPrefix }: Props) {
  const { t } = useTranslation('grownUps', { lng });
  const total = figures.children;
  const of = (count: number) => t('class.outOf', { count, total });
  const title = (tier: keyof ClassContent['titles'], id: string) => content.titles[tier].get(id) ?? id;
  const withBeforeAfter = figures.rules.some((r) => r.beforeAfter !== null);

  return (
    <div className="class-figures">
      <h3 id={`${idPrefix}-stories`}>{t('class.stories')}</h3>
      <ScrollTable labelledBy={`${idPrefix}-stories`}>
        <table className="class-table" aria-labelledby={`${idPrefix}-stories`}>
          <thead>
            <tr>
              <th scope="col">{t('class.story')}</th>
              <th scope="col">{t('class.finished')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.stories.map((s) => (
              <tr key={s.id}>
                <th scope="row">{title('stories', s.id)}</th>
                <td>{of(s.finished)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <h3 id={`${idPrefix}-exercises`}>{t('class.exercises')}</h3>
      <p className="class-note">{t('class.wrongFirst')}</p>
      <ScrollTable labelledBy={`${idPrefix}-exercises`}>
        <table className="class-table" aria-labelledby={`${idPrefix}-exercises`}>
          <thead>
            <tr>
              <th scope="col">{t('class.exercise')}</th>
              <th scope="col">{t('class.finished')}</th>
              <th scope="col">{t('class.firstTry')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.exercises.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  {t('class.module', { number: content.moduleOf.get(e.id) ?? 0 })} {title('exercises', e.id)}
                </th>
                <td>{of(e.finished)}</td>
                <td>{of(e.firstTry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <ClassSlipsTable lng={lng} figures={figures} content={content} idPrefix={idPrefix} />

      <h3 id={`${idPrefix}-rules`}>{t('class.rules')}</h3>
      <p className="class-note">{t('class.wrongFirst')}</p>
      <ScrollTable labelledBy={`${idPrefix}-rules`}>
        <table className="class-table" aria-labelledby={`${idPrefix}-rules`}>
          <thead>
            <tr>
              <th scope="col">{t('class.rule')}</th>
              <th scope="col">{t('class.badge')}</th>
              <th scope="col">{t('class.allRight')}</th>
              <th scope="col">{t('class.levelOne')}</th>
              {withBeforeAfter && <th scope="col">{t('class.beforeAfter')}</th>}
            </tr>
          </thead>
          <tbody>
            {figures.rules.map((r) => (
              <tr key={r.id}>
                <th scope="row">{title('rules', r.id)}</th>
                <td>{of(r.badge)}</td>
                <td>{of(r.allRight)}</td>
                <td>
                  {r.levelOne.took === 0
                    ? t('class.noRound')
                    : t('class.outOf', { count: r.levelOne.knew, total: r.levelOne.took })}
                </td>
                {withBeforeAfter && (
                  <td>
                    {r.beforeAfter && r.beforeAfter.took > 0
                      ? t('class.change', {
                          before: r.beforeAfter.before,
                          after: r.beforeAfter.after,
                          total: r.beforeAfter.took,
                        })
                      : t('class.noRound')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
