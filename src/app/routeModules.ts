/**
 * Each page area's chunk, by route. RouteView makes them lazy components; the entry also starts the first
 * page's chunk at once (preload.ts). Both call the same import(), which the browser loads only once.
 */
export const routeModules = {
  storybook: () => import('../features/storybook/StorybookRoute.tsx'),
  workbook: () => import('../features/workbook/WorkbookRoute.tsx'),
  netRules: () => import('../features/net-rules/NetRulesRoute.tsx'),
  grownUps: () => import('../features/grown-ups/GrownUpsRoute.tsx'),
  settings: () => import('../features/settings/SettingsPage.tsx'),
  seats: () => import('../features/profiles/SeatsPage.tsx'),
  help: () => import('../features/help/HelpRoute.tsx'),
};
