/** Entry: providers and the app, nothing else. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { captureInstallPrompt } from './pwa/installPrompt.ts';
import './ui/styles/fonts.css';
import './ui/styles/base.css';

captureInstallPrompt();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
