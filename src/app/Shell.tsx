/** The frame around every page: skip link, header, the routed page, and quiet notices. */
import { lazy, Suspense } from 'react';
import { useTranslation, type AppLocale } from '../i18n/index.ts';
import { useStore } from '../store/index.ts';
import { Link } from '../ui/Link.tsx';
import { GrownUpsIcon, SettingsIcon } from '../ui/icons.tsx';
import { Sango } from '../ui/art/Sango.tsx';
import { usePathname } from '../routing/router.ts';
import { routePath } from '../routing/routes.ts';
import { useAskWhoIsLearning } from '../features/profiles/useAskWhoIsLearning.ts';
import { useIdleHandOver } from '../features/profiles/useIdleHandOver.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { HelpLink } from './HelpLink.tsx';
import { Notices } from './Notices.tsx';
import { RouteView } from './RouteView.tsx';
import { useLocaleRoute } from './useLocaleRoute.ts';

// Loaded only when needed, so a family's phone (one seat, no projector) never downloads them.
const SeatButton = lazy(() =>
  import('../features/profiles/SeatButton.tsx').then((m) => ({ default: m.SeatButton })),
);
const ClassroomBar = lazy(() =>
  import('../features/classroom/ClassroomBar.tsx').then((m) => ({ default: m.ClassroomBar })),
);

function SeatSlot({ locale }: { locale: AppLocale }) {
  const shown = useStore((s) => s.settings.mode === 'school' || s.seats.list.length > 1);
  return shown ? (
    <Suspense fallback={null}>
      <SeatButton locale={locale} />
    </Suspense>
  ) : null;
}

function ClassroomSlot() {
  const on = useStore((s) => s.settings.classroom);
  return on ? (
    <Suspense fallback={null}>
      <ClassroomBar />
    </Suspense>
  ) : null;
}

export function Shell() {
  const { t } = useTranslation();
  const route = useAskWhoIsLearning(useLocaleRoute());
  const pathname = usePathname();
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
          <span aria-hidden="true" className="brand-name">
            {t('app.name')}
          </span>
        </Link>
        <SeatSlot locale={locale} />
        <nav aria-label={t('app.mainNav')} className="topnav">
          <HelpLink locale={locale} route={route} />
          <Link to={routePath({ name: 'grown-ups', locale, path: [] })} className="nav-compact">
            <GrownUpsIcon />
            <span className="nav-label">{t('nav.grownUps')}</span>
          </Link>
          <Link to={routePath({ name: 'settings', locale })} className="nav-compact">
            <SettingsIcon />
            <span className="nav-label">{t('nav.settings')}</span>
          </Link>
        </nav>
      </header>
      {/* In the flow under the header, never floating over a page's own buttons. */}
      <Notices />
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<div className="loading" aria-busy="true" />}>
            <RouteView route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <ClassroomSlot />
    </div>
  );
}
