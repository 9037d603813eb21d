// Generates Sango's app icons: public/icons/sango.svg, public/favicon.svg and the PNG icons for the web app
// manifest and iOS. The SVG source lives here so every size comes from one drawing; rerun after changing it:
//   node scripts/make-icons.mjs
// PNGs are rendered with the Chromium that Playwright drives, so no image library is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (p) => join(root, 'public', p);

// Same colours as src/ui/art/palette.ts.
const TEAL = '#1FA39E';
const TEAL_DARK = '#147C78';
const SCREEN = '#F3FBF8';
const INK = '#33283F';
const CHEEK = '#F49C9C';

// Sango's phone body and smiling face, drawn for a 512 x 512 box. No text, so it suits every language.
const sango = `<rect x="136" y="64" width="240" height="384" rx="60" fill="${TEAL_DARK}"/>
<rect x="162" y="112" width="188" height="288" rx="32" fill="${SCREEN}"/>
<rect x="226" y="82" width="60" height="12" rx="6" fill="${TEAL}"/>
<circle cx="256" cy="424" r="12" fill="${TEAL}"/>
<circle cx="220" cy="236" r="17" fill="${INK}"/><circle cx="292" cy="236" r="17" fill="${INK}"/>
<circle cx="226" cy="230" r="5.5" fill="#fff"/><circle cx="298" cy="230" r="5.5" fill="#fff"/>
<ellipse cx="194" cy="282" rx="18" ry="11" fill="${CHEEK}"/><ellipse cx="318" cy="282" rx="18" ry="11" fill="${CHEEK}"/>
<path d="M218 290q38 36 76 0" fill="none" stroke="${INK}" stroke-width="13" stroke-linecap="round"/>`;

/** Rounded tile with transparent corners (favicon, "any" purpose icons). */
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" rx="112" fill="${TEAL}"/>
${sango}
</svg>
`;

/** Full-bleed square with the drawing shrunk about the centre, for platforms that cut their own shape. */
const fullBleed = (scale) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" fill="${TEAL}"/>
<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${sango}</g>
</svg>
`;

mkdirSync(out('icons'), { recursive: true });
writeFileSync(out('icons/sango.svg'), rounded);
writeFileSync(out('favicon.svg'), rounded);

const pngs = [
  { file: 'icons/icon-192.png', size: 192, svg: rounded, transparent: true },
  { file: 'icons/icon-512.png', size: 512, svg: rounded, transparent: true },
  // Maskable: the phone (its corners too) stays inside the central 80% safe circle.
  { file: 'icons/maskable-512.png', size: 512, svg: fullBleed(0.78), transparent: false },
  // iOS fills transparent pixels with black and rounds the corners itself, so this one is full-bleed too.
  { file: 'icons/apple-touch-icon-180.png', size: 180, svg: fullBleed(0.86), transparent: false },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
  ],
});
try {
  for (const { file, size, svg, transparent } of pngs) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page.screenshot({
      path: out(file),
      omitBackground: transparent,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
    console.log(`wrote public/${file}`);
  }
} finally {
  await browser.close();
}
