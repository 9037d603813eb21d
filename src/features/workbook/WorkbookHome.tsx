/** The workbook home: the seven modules as a path, each showing what is done. */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { selectExercises, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { moduleState } from './progress.ts';
import { StateBadge } from './StateBadge.tsx';

export function WorkbookHome({ locale, modules }: { locale: AppLocale; modules: WorkbookModule[] }) {
  const { t } = useTranslation('workbook');
  const exercises = useStore(selectExercises);
  return (
    <div className="page workbook-home">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <ol className="module-path">
        {modules.map((mod, i) => {
          const state = moduleState(mod, exercises);
          return (
            <li key={mod.id} className={`module-stop ${state}`}>
              <Link to={routePath({ name: 'workbook', locale, path: [mod.id] })} className="module-link">
                <span className="module-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="module-text">
                  <span className="module-kicker">{t('module', { number: i + 1 })}</span>
                  <span className="module-title" {...fallbackAttrs(mod.untranslated)}>
                    {mod.title}
                  </span>
                  <span className="module-message" {...fallbackAttrs(mod.untranslated)}>
                    {mod.message}
                  </span>
                </span>
                <StateBadge state={state} />
              </Link>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
