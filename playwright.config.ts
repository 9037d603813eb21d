/**
 * Browser tests run against the production build (`npm run build` first) in real Chromium. No browser is
 * downloaded: Debian's chromium is used, or whatever CHROMIUM_PATH points to.
 */
import { execSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

// Both ports can be moved, so two checkouts can run their browser tests side by side.
const PORT = Number(process.env.SANGO_E2E_PORT ?? 4173);
/** The deploy tests run against real nginx with deploy/nginx.conf when nginx is installed (CI installs it). */
export const NGINX_PORT = Number(process.env.SANGO_NGINX_PORT ?? 4174);
export const HAS_NGINX = (() => {
  try {
    execSync('command -v nginx', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
})();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    serviceWorkers: 'allow',
    trace: 'off',
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(HAS_NGINX
      ? [
          {
            command: `bash scripts/serve-nginx.sh ${NGINX_PORT}`,
            url: `http://localhost:${NGINX_PORT}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
