/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { deployLikePreview } from './scripts/lib/previewServer.ts';
import { sangoContent } from './src/content/compiler/vitePlugin.ts';

/**
 * The Content Security Policy, as a meta tag in the built HTML only (Vite's dev server injects inline styles).
 * Deploy configs send the same policy as a header, plus what a meta tag cannot carry (frame-ancestors).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: lets the Net Rules result card turn its own SVG into a PNG on the device.
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const cspMeta = (): Plugin => ({
  name: 'sango-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * Preloads the Latin reading font (regular and bold) from the HTML, so it arrives alongside the app's code and
 * the first frame is already in Andika: no fallback-to-Andika swap that moves the text (Lighthouse measured a
 * layout shift of 0.17 from it). Other scripts' fonts load when a page uses them.
 */
const preloadReadingFont = (): Plugin => ({
  name: 'sango-preload-reading-font',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, ctx) =>
      Object.keys(ctx.bundle ?? {})
        .filter((file) => /\/andika-latin-(400|700)-normal-[\w-]+\.woff2$/.test(file))
        .sort()
        .map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
          injectTo: 'head' as const,
        })),
  },
});

// Shown in Settings so a teacher or parent can tell which version a device runs. A build may override it
// (the update test builds a second version this way).
process.env.VITE_APP_VERSION ??= (
  JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
).version;

/** Unit tests of hooks that need a document (renderHook); every other unit test runs in Node. */
const DOM_UNIT_TESTS = ['tests/unit/profiles/idle.test.ts', 'tests/unit/handOver.test.ts'];

export default defineConfig({
  plugins: [
    sangoContent(),
    cspMeta(),
    preloadReadingFont(),
    deployLikePreview(),
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // registered from React (src/pwa/ReloadPrompt.tsx) so updates are only offered
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'Sango: your rights and your safety online',
        short_name: 'Sango',
        description:
          'Stories, activities and a challenge that teach children their rights and their safety online.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fffaf0',
        theme_color: '#0f766e',
        categories: ['education', 'kids'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything a child may open offline: the app, every locale's strings and content, art and fonts.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest,txt}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/(assets|icons)\//, /\.[a-z0-9]+$/i],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Two-space JSON/CSS is not a concern; what matters is lazy chunks per tier and per locale.
    chunkSizeWarningLimit: 200,
    // The manifest lets the budget check (scripts/lib/budgets.ts) follow each chunk's static imports.
    manifest: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    css: false,
    // Two projects: logic runs in plain Node (fast to start); only what renders pays for a jsdom document.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: DOM_UNIT_TESTS,
          // Compiling the whole content tree takes seconds on a loaded two-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}', ...DOM_UNIT_TESTS],
          setupFiles: ['tests/setup.ts'],
          // A whole-app test types and taps through several pages; on a two-core machine that is also building
          // or running a browser, 5 s was sometimes not enough. Speed is measured by the benchmark, not here.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
