/** Entry: providers and the app, nothing else (the first page's pieces are started early, see preload.ts). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadFirstPage } from './app/preload.ts';
import { captureInstallPrompt } from './pwa/installPrompt.ts';
import { parseRoute } from './routing/routes.ts';
import './ui/styles/fonts.css';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/header.css';
import './ui/styles/forms.css';

captureInstallPrompt();

const root = document.getElementById('root');
if (root) {
  void preloadFirstPage(parseRoute(window.location.pathname, import.meta.env.DEV)).then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
