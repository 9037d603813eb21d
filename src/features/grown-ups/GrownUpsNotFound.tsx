import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';

/** A grown-ups path that does not exist: say so, and lead back to the grown-ups home. */
export function GrownUpsNotFound({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation('grownUps');
  return (
    <div className="page center-page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <Link className="button primary" to={routePath({ name: 'grown-ups', locale, path: [] })}>
        {t('back')}
      </Link>
    </div>
  );
}
