/**
 * Entry: providers and the app, nothing else. The first page's pieces are loaded first (preload.ts); then a
 * page prerendered for this address is hydrated, and anything else (the offline shell, the app shell for an
 * address that has no page of its own) is rendered from scratch.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadFirstPage } from './app/preload.ts';
import { captureInstallPrompt } from './pwa/installPrompt.ts';
import { pageKey, parseRoute } from './routing/routes.ts';
import './ui/styles/fonts.css';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/header.css';
import './ui/styles/forms.css';

captureInstallPrompt();

const root = document.getElementById('root');
if (root) {
  const route = parseRoute(window.location.pathname, import.meta.env.DEV);
  void preloadFirstPage(route).then((ready) => {
    const app = (
      <StrictMode>
        <App />
      </StrictMode>
    );
    // The prerender marks which page it rendered; only that page, fully loaded, can take over its HTML.
    const prerendered = root.dataset.page;
    if (ready && prerendered && route.name !== 'root' && prerendered === pageKey(route)) {
      root.dataset.start = 'hydrate'; // the browser tests check every prerendered page was hydrated
      hydrateRoot(root, app, {
        // A mismatch is fixed by React (it renders that part again), but it is a bug: say so loudly, so the
        // browser tests that open every page fail on it.
        onRecoverableError(error, info) {
          console.error('Hydration error:', error, info.componentStack ?? '');
        },
      });
    } else {
      root.dataset.start = 'render';
      createRoot(root).render(app);
    }
  });
}
