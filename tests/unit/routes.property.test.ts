/**
 * The route parser runs before React starts (main.tsx) and again in the shell, outside every error boundary
 * that could catch it: whatever the address bar holds, it must answer with a route, never throw. A path it
 * cannot decode (a broken percent escape) is "not found", in the URL's language when that part is readable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, withLocale } from '../../src/routing/routes.ts';

/** Paths built from the pieces that break decoding: lone `%`, half escapes, bytes that are not UTF-8. */
const escapeSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom('%', '%A', '%E0%A4%A', '%ff', '%FF', '%C0%AF', '%ED%A0%80', '%2F', '%00', '%%', '%zz'),
      fc.constantFrom('en', 'ar', 'storybook', 'right-to-play', '3', 'grown-ups', 'data', ''),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => `/${parts.join('/')}`);

describe('parseRoute on any input', () => {
  it('never throws, and always names a route', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), escapeSoup), (path) => {
        const route = parseRoute(path);
        expect(typeof route.name).toBe('string');
        expect(() => withLocale(path, 'fr')).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['/en/%ff', 'en'],
    ['/en/%E0%A4%A', 'en'],
    ['/en/%', 'en'],
    ['/ar/storybook/%E0%A4%A/2', 'ar'],
    ['/fr/grown-ups/%/data', 'fr'],
    ['/%ff/', null],
    ['/%', null],
  ])('%s is not found (locale %s)', (path, locale) => {
    expect(parseRoute(path)).toEqual({ name: 'not-found', locale });
  });

  it('still decodes escapes that are well formed', () => {
    expect(parseRoute('/%65%6E/storybook/')).toEqual({ name: 'storybook', locale: 'en' });
  });
});
