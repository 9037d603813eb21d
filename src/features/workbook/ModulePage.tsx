/**
 * A module: its introduction, its exercises (with what is done), "what I learned", the educator notes behind
 * a toggle, and print versions (a worksheet for children, a teacher sheet) that only appear on paper.
 */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Blocks } from '../../content/render.tsx';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';
import { own, selectExercises, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { EducatorNotes } from './EducatorNotes.tsx';
import { PrintButtons, TeacherSheet, Worksheet } from './Print.tsx';
import { exercisesOf, moduleState } from './progress.ts';
import { StateBadge } from './StateBadge.tsx';
import { HelpNudge } from '../../ui/HelpNudge.tsx';
import { useExerciseLabel } from './useExerciseLabel.ts';

export function ModulePage({ locale, module: mod }: { locale: AppLocale; module: WorkbookModule }) {
  const { t } = useTranslation('workbook');
  const exerciseLabel = useExerciseLabel();
  const exercises = useStore(selectExercises);
  const state = moduleState(mod, exercises);
  const firstOpen = exercisesOf(mod).find((e) => !own(exercises, e.id)?.done) ?? mod.parts[0];
  const partPath = (id: string) => routePath({ name: 'workbook', locale, path: [mod.id, id] });
  return (
    <article className="page module-page">
      <div className="screen-only">
        <p className="kicker">{t('module', { number: mod.order })}</p>
        <PageHeading>
          <span {...fallbackAttrs(mod.untranslated)}>{mod.title}</span>
        </PageHeading>
        {mod.untranslated && <p className="untranslated">{t('untranslated')}</p>}
        <div {...fallbackAttrs(mod.untranslated)}>
          <div className="module-intro">
            <Blocks nodes={mod.intro} />
          </div>
          <h2>{t('exercises')}</h2>
          <ol className="parts">
            {mod.parts.map((part) => (
              <li key={part.id}>
                <Link to={partPath(part.id)} className="part-link">
                  <span className="part-title">
                    {part.kind === 'exercise' && <span className="kicker">{exerciseLabel(part)}</span>}
                    {part.title}
                  </span>
                  {part.kind === 'exercise' && (
                    <StateBadge
                      of="exercise"
                      state={own(exercises, part.id)?.done ? 'done' : 'not-started'}
                    />
                  )}
                </Link>
              </li>
            ))}
          </ol>
          {firstOpen && state !== 'done' && (
            <Link className="button primary" to={partPath(firstOpen.id)}>
              {state === 'not-started' ? t('start') : t('continue')}
            </Link>
          )}
          <section className="recap" aria-label={t('whatILearned')}>
            <Blocks nodes={mod.recap} />
            <HelpNudge locale={locale} tier="workbook" />
          </section>
        </div>
        <PrintButtons />
        <EducatorNotes module={mod} />
        <p>
          <Link className="standalone" to={routePath({ name: 'workbook', locale, path: [] })}>
            {t('backToWorkbook')}
          </Link>
        </p>
      </div>
      <Worksheet module={mod} />
      <TeacherSheet module={mod} />
    </article>
  );
}
