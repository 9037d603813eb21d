/**
 * Help, one tap from every page and outside the grown-ups gate: the header's first item. It opens help written
 * for the age of the page the child is on, or, on a page of no tier (Settings, a lost link), for the tier they
 * were last in; with neither, a page that asks whose help it is.
 */
import { useEffect } from 'react';
import type { HelpTier } from '../content/helpTiers.ts';
import { useTranslation, type AppLocale } from '../i18n/index.ts';
import { useStore } from '../store/index.ts';
import { HelpIcon } from '../ui/icons.tsx';
import { Link } from '../ui/Link.tsx';
import { routePath, type Route } from '../routing/routes.ts';

export function tierOf(route: Route): HelpTier | null {
  switch (route.name) {
    case 'storybook':
    case 'story':
      return 'storybook';
    case 'workbook':
    case 'net-rules':
      return route.name;
    case 'help':
      return route.tier;
    default:
      return null;
  }
}

export function HelpLink({ locale, route }: { locale: AppLocale; route: Route }) {
  const { t } = useTranslation();
  const here = tierOf(route);
  const last = useStore((s) => s.lastTier);
  const remember = useStore((s) => s.setLastTier);
  useEffect(() => {
    if (here) remember(here);
  }, [here, remember]);
  const to = routePath({ name: 'help', locale, tier: here ?? last });
  return (
    <Link to={to} className="help-link" aria-current={route.name === 'help' ? 'page' : undefined}>
      <HelpIcon />
      <span>{t('nav.help')}</span>
    </Link>
  );
}
