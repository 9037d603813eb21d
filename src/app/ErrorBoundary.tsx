/**
 * Last line of defence: a friendly page instead of a white screen. A failed lazy chunk (for example after a
 * deploy removed old files) is fixed by a reload, so that is what the button does.
 */
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/index.ts';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    // i18n.t rather than a hook: this must render even when React context is what failed.
    return (
      <main className="page error-page" id="main">
        <h1>{i18n.t('error.title')}</h1>
        <p>{i18n.t('error.body')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {i18n.t('error.reload')}
        </button>
      </main>
    );
  }
}
