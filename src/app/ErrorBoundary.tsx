/**
 * A friendly page instead of a white screen. The usual cause is a lazy chunk that failed to load (a deploy
 * removed old files before the service worker had them, or the network dropped mid-load); a reload fetches the
 * current files, so that is what the button does. Around each page, the header stays usable and moving to
 * another page clears the message (`resetKey`); around the whole app it is the last line of defence.
 */
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n/index.ts';
import { markAppReady } from './appReady.ts';

interface Props {
  children: ReactNode;
  /** The page's path: a new page gets a fresh try. */
  resetKey?: string;
  /** The whole-app boundary renders its own <main>; a page boundary sits inside the shell's. */
  landmark?: boolean;
}

interface State {
  failed: boolean;
  resetKey: string | undefined;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown): void {
    console.error(error);
    markAppReady(); // the calm error page is what this page shows now
  }

  render() {
    if (!this.state.failed) return this.props.children;
    // i18n.t rather than a hook: this must render even when React context is what failed.
    const content = (
      <>
        <h1>{i18n.t('error.title')}</h1>
        <p>{i18n.t('error.body')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {i18n.t('error.reload')}
        </button>
      </>
    );
    return this.props.landmark ? (
      <main className="page error-page" id="main">
        {content}
      </main>
    ) : (
      <div className="page error-page" role="alert">
        {content}
      </div>
    );
  }
}
