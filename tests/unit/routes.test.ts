import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, withLocale, type Route } from '../../src/routing/routes.ts';

describe('the URL contract', () => {
  it.each<[string, Route]>([
    ['/', { name: 'root' }],
    ['/fr/', { name: 'home', locale: 'fr' }],
    ['/ar/storybook/', { name: 'storybook', locale: 'ar' }],
    ['/en/storybook/right-to-play/3', { name: 'story', locale: 'en', story: 'right-to-play', page: 3 }],
    ['/en/storybook/right-to-play/end', { name: 'story', locale: 'en', story: 'right-to-play', page: 'end' }],
    ['/zh/workbook/', { name: 'workbook', locale: 'zh', path: [] }],
    [
      '/ru/workbook/know-your-rights/rights-or-wants/',
      { name: 'workbook', locale: 'ru', path: ['know-your-rights', 'rights-or-wants'] },
    ],
    ['/es/net-rules/say-no/', { name: 'net-rules', locale: 'es', path: ['say-no'] }],
    ['/en/grown-ups/', { name: 'grown-ups', locale: 'en', path: [] }],
    ['/en/settings', { name: 'settings', locale: 'en' }],
    ['/ar/help/', { name: 'help', locale: 'ar', tier: null }],
    ['/fr/help/storybook/', { name: 'help', locale: 'fr', tier: 'storybook' }],
    ['/ru/help/net-rules/', { name: 'help', locale: 'ru', tier: 'net-rules' }],
  ])('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
    if (route.name !== 'root') expect(parseRoute(routePath(route))).toEqual(route);
  });

  it('opens a story without a page number at page 1', () => {
    expect(parseRoute('/en/storybook/right-to-play')).toEqual({
      name: 'story',
      locale: 'en',
      story: 'right-to-play',
      page: 1,
    });
  });

  it.each([
    '/de/',
    '/en/storybook/Right_To_Play/1',
    '/en/storybook/x/0',
    '/en/storybook/x/1/2',
    '/en/settings/x',
    '/en/shop',
    '/en/help/grown-ups/',
    '/en/help/workbook/more/',
  ])('%s is not found', (path) => {
    expect(parseRoute(path).name).toBe('not-found');
  });

  it('knows pseudo-locales only in development', () => {
    expect(parseRoute('/en-xa/', true)).toEqual({ name: 'home', locale: 'en-xa' });
    expect(parseRoute('/en-xa/', false).name).toBe('not-found');
  });

  it('switches language on the same page', () => {
    expect(withLocale('/en/storybook/right-to-play/4', 'ar')).toBe('/ar/storybook/right-to-play/4');
    expect(withLocale('/nowhere', 'fr')).toBe('/fr/');
    expect(withLocale('/en/help/workbook/', 'zh')).toBe('/zh/help/workbook/');
  });
});
