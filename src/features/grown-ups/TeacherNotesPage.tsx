/** Every workbook module's educator notes in one place, each with a link to the module itself. */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { Blocks } from '../../content/render.tsx';
import type { WorkbookModule } from '../../content/workbookSchema.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';

export function TeacherNotesPage({
  locale,
  modules,
}: {
  locale: AppLocale;
  modules: readonly WorkbookModule[];
}) {
  const { t } = useTranslation('grownUps');
  return (
    <div className="page prose-page teacher-notes">
      <PageHeading>{t('notes.title')}</PageHeading>
      <p className="lead">{t('notes.intro')}</p>
      {modules.some((m) => m.untranslated) && <p className="untranslated">{t('notes.untranslated')}</p>}
      <ol className="notes-list">
        {modules.map((m) => (
          <li key={m.id}>
            <section aria-labelledby={`notes-${m.id}`} className="notes-module">
              <h2 id={`notes-${m.id}`}>
                <span>{t('notes.module', { number: m.order })}</span>{' '}
                <span {...fallbackAttrs(m.untranslated)}>{m.title}</span>
              </h2>
              <p {...fallbackAttrs(m.untranslated)}>{m.message}</p>
              <details className="notes-details">
                <summary>{t('notes.show')}</summary>
                <div {...fallbackAttrs(m.untranslated)}>
                  <Blocks nodes={m.educator} />
                </div>
              </details>
              <Link className="button" to={routePath({ name: 'workbook', locale, path: [m.id] })}>
                {t('notes.open', { title: m.title })}
              </Link>
            </section>
          </li>
        ))}
      </ol>
      <Link className="button primary" to={routePath({ name: 'grown-ups', locale, path: [] })}>
        {t('back')}
      </Link>
    </div>
  );
}
