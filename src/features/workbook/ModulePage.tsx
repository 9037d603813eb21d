/**
 * A module: its introduction, its exercises (with what is done), "what I learned", and a worksheet to print.
 * The educator notes and the teacher sheet hold the solutions, so only a grown-up who passed the gate in this
 * tab sees them here; anyone else gets a link to them in the grown-ups area.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Blocks } from '../../content/render.tsx';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';
import { isGateOpen, own, selectExercises, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { EducatorNotes } from './EducatorNotes.tsx';
import { PrintButtons, TeacherSheet, Worksheet } from './Print.tsx';
import { exercisesOf, moduleState } from './progress.ts';
import { StateBadge } from './StateBadge.tsx';
import { HelpNudge } from '../../ui/HelpNudge.tsx';
import { useExerciseLabel } from './useExerciseLabel.ts';

/**
 * Whether a grown-up has passed the gate in this tab (the hand-over closes it again). The gate opens on its own
 * page, so there is nothing to listen to here; "no" is what a page rendered ahead of time (for anyone) says, so
 * hydrating one never disagrees with it.
 */
const noChanges = () => () => undefined;
const useGrownUpHere = () => useSyncExternalStore(noChanges, isGateOpen, () => false);

export function ModulePage({ locale, module: mod }: { locale: AppLocale; module: WorkbookModule }) {
  const { t } = useTranslation('workbook');
  const exerciseLabel = useExerciseLabel();
  const grownUp = useGrownUpHere();
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
        <PrintButtons teacher={grownUp} />
        {grownUp ? (
          <EducatorNotes module={mod} />
        ) : (
          <p>
            <Link
              className="standalone"
              to={routePath({ name: 'grown-ups', locale, path: ['teacher-notes'] })}
            >
              {t('notesForGrownUps')}
            </Link>
          </p>
        )}
        <p>
          <Link className="standalone" to={routePath({ name: 'workbook', locale, path: [] })}>
            {t('backToWorkbook')}
          </Link>
        </p>
      </div>
      <Worksheet module={mod} />
      {grownUp && <TeacherSheet module={mod} />}
    </article>
  );
}
