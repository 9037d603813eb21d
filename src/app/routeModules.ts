/**
 * Each page area's chunk, by route. RouteView makes them lazy components; the entry also starts the first
 * page's chunk at once (preload.ts). Both call the same import(), which the browser loads only once.
 */
import { lazy } from 'react';

export const routeModules = {
  storybook: () => import('../features/storybook/StorybookRoute.tsx'),
  workbook: () => import('../features/workbook/WorkbookRoute.tsx'),
  netRules: () => import('../features/net-rules/NetRulesRoute.tsx'),
  grownUps: () => import('../features/grown-ups/GrownUpsRoute.tsx'),
  settings: () => import('../features/settings/SettingsPage.tsx'),
  seats: () => import('../features/profiles/SeatsPage.tsx'),
  help: () => import('../features/help/HelpRoute.tsx'),
};

export type RouteModule = keyof typeof routeModules;
type Loaded<K extends RouteModule> = Awaited<ReturnType<(typeof routeModules)[K]>>;

const loaded = new Map<RouteModule, unknown>();

/** Loads an area's chunk and remembers it, so a lazy component of it can render without suspending. */
export function loadRouteModule<K extends RouteModule>(key: K): Promise<Loaded<K>> {
  return routeModules[key]().then((m) => {
    loaded.set(key, m);
    return m as Loaded<K>;
  });
}

/**
 * A lazy page area. Once its chunk is loaded (the first page's is, before hydrating: preload.ts), React gets a
 * thenable that calls back at once, so the first render does not suspend: a suspended route would leave the
 * prerendered HTML dehydrated, or throw it away.
 */
export function lazyRoute<K extends RouteModule>(key: K) {
  type Module = { default: Loaded<K>['default'] };
  return lazy<Module['default']>(() => {
    const ready = loaded.get(key) as Module | undefined;
    if (ready) return { then: (resolve: (m: Module) => void) => resolve(ready) } as Promise<Module>;
    return loadRouteModule(key) as Promise<Module>;
  });
}
