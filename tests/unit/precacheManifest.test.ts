/** The precache list read back from sw.js, as Workbox writes it in either of its two formats. */
import { describe, expect, it } from 'vitest';
import { precacheUrls } from '../../src/pwa/precacheManifest.ts';
import { shellFor, shellPath } from '../../src/pwa/shells.ts';

describe('precacheUrls', () => {
  it('reads the injectManifest format (revision first, quoted keys)', () => {
    const sw = 'x([{"revision":"abc","url":"index.html"},{"revision":null,"url":"assets/a-1.js"}])';
    expect(precacheUrls(sw)).toEqual(['index.html', 'assets/a-1.js']);
  });

  it('reads the generateSW format (url first, bare keys)', () => {
    const sw =
      'e.precacheAndRoute([{url:"index.html",revision:"abc"},{url:"assets/a-1.js",revision:null}],{})';
    expect(precacheUrls(sw)).toEqual(['index.html', 'assets/a-1.js']);
  });

  it('finds nothing in a file that is not a service worker', () => {
    expect(precacheUrls('<!doctype html><html></html>')).toEqual([]);
  });
});

describe('shellFor', () => {
  it("answers an address in a language with that language's shell, anything else with the app shell", () => {
    expect(shellFor('/ar/storybook/right-to-play/2')).toBe(shellPath('ar'));
    expect(shellFor('/zh/')).toBe('/shells/zh.html');
    expect(shellFor('/')).toBe('/index.html');
    expect(shellFor('/xx/storybook/')).toBe('/index.html');
    expect(shellFor('/english/')).toBe('/index.html');
  });
});
