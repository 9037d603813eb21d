import { useTranslation, type AppLocale } from '../i18n/index.ts';
import { Link } from '../ui/Link.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { Sango } from '../ui/art/Sango.tsx';
import { routePath } from '../routing/routes.ts';

export function NotFoundPage({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation();
  return (
    <div className="page center-page">
      <Sango expression="surprised" className="sango-big" />
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <Link className="button primary" to={routePath({ name: 'home', locale })}>
        {t('notFound.home')}
      </Link>
    </div>
  );
}
