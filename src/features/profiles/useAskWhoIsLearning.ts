/**
 * With no seat active (after the idle hand-over, until a child picks theirs), a page that saves progress asks
 * "Who is learning?" first, and picking a seat comes back to it. Nothing is ever saved to nobody's seat, or to
 * the last child's.
 */
import { useEffect } from 'react';
import { useStore } from '../../store/index.ts';
import { navigate, usePathname } from '../../routing/router.ts';
import { routePath, type Route } from '../../routing/routes.ts';
import { rememberReturnPath } from './returnTo.ts';

const SAVES_PROGRESS: ReadonlySet<Route['name']> = new Set(['storybook', 'story', 'workbook', 'net-rules']);

/** The route to show: the seats page while a page that saves progress waits for a seat. */
export function useAskWhoIsLearning(route: Route): Route {
  const nobody = useStore((s) => s.seats.active === null);
  const pathname = usePathname();
  const locale = route.name === 'root' ? null : route.locale;
  const asks = nobody && locale !== null && SAVES_PROGRESS.has(route.name);
  useEffect(() => {
    if (!asks || !locale) return;
    rememberReturnPath(pathname);
    navigate(routePath({ name: 'seats', locale }), { replace: true });
  }, [asks, locale, pathname]);
  return asks && locale ? { name: 'seats', locale } : route;
}
