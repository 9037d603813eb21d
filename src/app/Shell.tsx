/** The frame around every page: skip link, header, the routed page, and quiet notices. */
import { useTranslation } from '../i18n/index.ts';
import { Link } from '../ui/Link.tsx';
import { Sango } from '../ui/art/Sango.tsx';
import { routePath } from '../ui/routes.ts';
import { SeatButton } from '../features/profiles/SeatButton.tsx';
import { useIdleHandOver } from '../features/profiles/useIdleHandOver.ts';
import { ClassroomBar } from '../ui/classroom/ClassroomBar.tsx';
import { Notices } from './Notices.tsx';
import { RouteView } from './RouteView.tsx';
import { useLocaleRoute } from './useLocaleRoute.ts';

export function Shell() {
  const { t } = useTranslation();
  const route = useLocaleRoute();
  const locale = route.name === 'root' ? null : route.locale;
  useIdleHandOver(locale);
  if (!locale) return null; // the root path redirects at once
  const tier = route.name === 'story' ? 'storybook' : route.name;
  return (
    <div className="shell" data-tier={tier}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to={routePath({ name: 'home', locale })} className="brand" aria-label={t('app.home')}>
          <Sango expression="happy" className="brand-sango" />
          <span aria-hidden="true">{t('app.name')}</span>
        </Link>
        <SeatButton locale={locale} />
        <nav aria-label={t('app.mainNav')} className="topnav">
          <Link to={routePath({ name: 'grown-ups', locale, path: [] })}>{t('nav.grownUps')}</Link>
          <Link to={routePath({ name: 'settings', locale })}>{t('nav.settings')}</Link>
        </nav>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <RouteView route={route} />
      </main>
      <Notices />
      <ClassroomBar />
    </div>
  );
}
