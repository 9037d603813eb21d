import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';

/** Third-party state, i18n and motion are imported only through the modules that wrap them. */
const WRAPPED_LIBRARIES = [
  { name: 'zustand', message: 'State goes through src/store.' },
  { name: 'i18next', message: 'i18n goes through src/i18n.' },
  { name: 'react-i18next', message: 'i18n goes through src/i18n.' },
  { name: 'framer-motion', message: 'Motion goes through src/ui/motion.ts (LazyMotion + m only).' },
];
const BUILD_TIME_ONLY = { group: ['**/content/compiler/**'], message: 'The compiler is build-time only.' };

/**
 * Folder boundaries, checked on resolved paths (not on how an import is spelled): a feature uses ui/, content/,
 * store/ and i18n/, and of another feature only its public entry (index.ts); the shared layers never reach up
 * into features or the app shell.
 */
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const BOUNDARIES = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, ...FEATURES.filter((f) => f !== feature).map((f) => `./${f}/index.ts`)],
    message: `A feature imports another feature only through its index.ts, never its insides.`,
  })),
  {
    target: [
      './src/ui',
      './src/content',
      './src/store',
      './src/i18n',
      './src/pwa',
      './src/routing',
      './src/platform',
    ],
    from: ['./src/features', './src/app'],
    message:
      'Shared layers (ui, content, store, i18n, pwa, routing, platform) never import a feature or the app shell.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Content is rendered as React elements from compiled nodes; raw HTML injection is never needed.
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render compiled nodes instead.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: WRAPPED_LIBRARIES,
          patterns: [BUILD_TIME_ONLY],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: BOUNDARIES }] },
  },
  {
    // The modules that wrap third-party state, i18n and motion are where those imports belong.
    files: [
      'src/store/**',
      'src/i18n/**',
      'src/ui/motion.ts',
      'src/ui/motionRoot.ts',
      'src/ui/motionFeatures.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Build-time code may import the compiler.
    files: ['vite.config.ts', 'scripts/**', 'tests/**', 'src/content/compiler/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: globals.node },
  },
);
