/** Turning the built index.html into a prerendered page, and which built files a page links to. */
import { describe, expect, it } from 'vitest';
import { fileFor, pageHtml, stripRestingStyles, withHead } from '../../scripts/lib/prerender/html.ts';
import { chunkOf, pageLinks, routeModuleSources, type Manifest } from '../../scripts/lib/prerender/links.ts';
import { pageFile } from '../../scripts/lib/pageFiles.ts';

const TEMPLATE = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta name="description" content="Sango teaches children." />
    <meta charset="UTF-8" />
    <script src="/assets/start-Ab1.js"></script>
    <title>Sango</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>
  <body>
    <div id="root"></div>
    <noscript>Sango needs JavaScript to run.</noscript>
  </body>
</html>`;

const head = {
  lang: 'ar',
  dir: 'rtl' as const,
  title: 'أمارا & ليو · سانغو',
  description: 'Play is a "right".',
  styles: ['assets/story-1.css'],
  modules: ['assets/story-1.js'],
};

describe('pageHtml', () => {
  it("writes the page's language, direction, title, description, styles and markup, escaped", () => {
    const html = pageHtml(TEMPLATE, head, '/ar/storybook/x/2', '<main><h1>مرحبا</h1></main>');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<title>أمارا &amp; ليو · سانغو</title>');
    expect(html).toContain('<meta name="description" content="Play is a &quot;right&quot;." />');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/story-1.css">');
    expect(html).toContain('<div id="root" data-page="/ar/storybook/x/2"><main><h1>مرحبا</h1></main></div>');
    expect(html).not.toContain('noscript');
    expect(html.indexOf('story-1.css')).toBeLessThan(html.indexOf('</head>'));
  });

  it('names no script in the head but the start script, which starts the app after the first paint', () => {
    const html = pageHtml(TEMPLATE, head, '/ar/', '<h1>x</h1>');
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain(
      '<script src="/assets/start-Ab1.js" data-app="/assets/index-1.js" ' +
        'data-preload="/assets/react-1.js /assets/story-1.js"></script>',
    );
  });

  it('fails loudly on a template it does not recognise', () => {
    expect(() => withHead('<html><head></head></html>', head)).toThrow(/title/);
    expect(() => pageHtml(TEMPLATE.replace('<div id="root"></div>', ''), head, 'k', '')).toThrow(/root/);
  });
});

describe('stripRestingStyles', () => {
  it("removes framer-motion's resting styles and refuses any other", () => {
    const { html, refused } = stripRestingStyles(
      '<div style="opacity:1;transform:none"><p style="opacity:0">a</p><span style="transform:none">b</span></div>',
    );
    expect(html).toBe('<div><p style="opacity:0">a</p><span>b</span></div>');
    expect(refused).toEqual(['opacity:0']);
  });
});

describe('where a page is written, and which file answers an address', () => {
  it('puts every page in its folder', () => {
    expect(fileFor('/en/')).toBe('en/index.html');
    expect(fileFor('/en/settings')).toBe('en/settings/index.html');
    expect(fileFor('/en/storybook/right-to-play/end')).toBe('en/storybook/right-to-play/end/index.html');
  });

  it('answers like nginx: the page, the language not-found page, the app shell', () => {
    const files = new Set(['/en/settings/index.html', '/en/index.html', '/en/404.html', '/index.html']);
    const isFile = (p: string) => files.has(p);
    expect(pageFile('/en/settings', isFile)).toBe('/en/settings/index.html');
    expect(pageFile('/en/settings/', isFile)).toBe('/en/settings/index.html');
    expect(pageFile('/en/', isFile)).toBe('/en/index.html');
    expect(pageFile('/en/nowhere', isFile)).toBe('/en/404.html');
    expect(pageFile('/fr/nowhere', isFile)).toBe('/index.html'); // no French 404 page in this set
    expect(pageFile('/xx/', isFile)).toBe('/index.html');
  });
});

describe('pageLinks', () => {
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index-1.js',
      imports: ['_react-1.js'],
      css: ['assets/index-1.css'],
      dynamicImports: ['src/features/storybook/StorybookRoute.tsx', '_SeatsPage-1.js'],
    },
    '_react-1.js': { file: 'assets/react-1.js' },
    'src/features/storybook/StorybookRoute.tsx': {
      file: 'assets/Story-1.js',
      imports: ['_react-1.js', '_shared-1.js'],
      css: ['assets/Story-1.css'],
    },
    '_shared-1.js': { file: 'assets/shared-1.js', css: ['assets/shared-1.css', 'assets/index-1.css'] },
    '_SeatsPage-1.js': { file: 'assets/SeatsPage-1.js', name: 'SeatsPage' },
    'virtual:sango-content/ar/storybook': { file: 'assets/storybook-ar.js' },
    'locales/ar/common.json': { file: 'assets/common-ar.js' },
    'locales/ar/profiles.json': { file: 'assets/profiles-ar.js' },
    'locales/en/profiles.json': { file: 'assets/profiles-en.js' },
  };
  const modules = {
    storybook: 'src/features/storybook/StorybookRoute.tsx',
    seats: 'src/features/profiles/SeatsPage.tsx',
  };

  it("lists the area's CSS and chunks beyond the entry's, its content and its strings", () => {
    expect(
      pageLinks(manifest, modules, { module: 'storybook', tiers: ['storybook'], strings: [] }, 'ar'),
    ).toEqual({
      styles: ['assets/Story-1.css', 'assets/shared-1.css'],
      modules: ['assets/Story-1.js', 'assets/shared-1.js', 'assets/storybook-ar.js', 'assets/common-ar.js'],
    });
  });

  it('finds a lazily imported module merged into a shared chunk, and loads strings in English too', () => {
    expect(chunkOf(manifest, 'src/features/profiles/SeatsPage.tsx')).toBe('_SeatsPage-1.js');
    expect(
      pageLinks(manifest, modules, { module: 'seats', tiers: [], strings: ['profiles'] }, 'ar').modules,
    ).toEqual([
      'assets/SeatsPage-1.js',
      'assets/common-ar.js',
      'assets/profiles-ar.js',
      'assets/profiles-en.js',
    ]);
    expect(() => pageLinks(manifest, modules, { module: null, tiers: ['help'], strings: [] }, 'ar')).toThrow(
      /not in the build's manifest/,
    );
  });

  it('reads the route modules from the one file that names them', () => {
    expect(
      routeModuleSources(`export const routeModules = {
  storybook: () => import('../features/storybook/StorybookRoute.tsx'),
  seats: () => import('../features/profiles/SeatsPage.tsx'),
};`),
    ).toEqual(modules);
  });
});
