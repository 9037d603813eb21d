/** Route -> page. Tiers and the grown-ups area are separate chunks, loaded when first visited. */
import { lazy } from 'react';
import type { Route } from '../routing/routes.ts';
import { HomePage } from '../features/home/HomePage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { routeModules } from './routeModules.ts';

const Storybook = lazy(routeModules.storybook);
const Workbook = lazy(routeModules.workbook);
const NetRules = lazy(routeModules.netRules);
const GrownUps = lazy(routeModules.grownUps);
const SettingsPage = lazy(routeModules.settings);
const SeatsPage = lazy(routeModules.seats);
const Help = lazy(routeModules.help);

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'root':
      return null;
    case 'home':
      return <HomePage locale={route.locale} />;
    case 'storybook':
      return <Storybook locale={route.locale} />;
    case 'story':
      return <Storybook locale={route.locale} storyId={route.story} page={route.page} />;
    case 'workbook':
      return <Workbook locale={route.locale} path={route.path} />;
    case 'net-rules':
      return <NetRules locale={route.locale} path={route.path} />;
    case 'grown-ups':
      return <GrownUps locale={route.locale} path={route.path} />;
    case 'help':
      return <Help locale={route.locale} tier={route.tier} />;
    case 'settings':
      return <SettingsPage locale={route.locale} />;
    case 'seats':
      return <SeatsPage locale={route.locale} />;
    case 'not-found':
      return <NotFoundPage locale={route.locale ?? 'en'} />;
  }
}
