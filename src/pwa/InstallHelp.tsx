/**
 * Installing Sango, and whether it works offline, in words. Where the browser offers an install prompt
 * (`beforeinstallprompt`), one button opens it; on iPhone and iPad, where no browser offers one, the
 * "Add to Home Screen" steps are shown instead; elsewhere, a pointer to the browser's own menu.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { useInstalled } from './storageStatus.ts';
import { captureInstallPrompt, currentPrompt, subscribePrompt, usedInstallPrompt } from './installPrompt.ts';

export { captureInstallPrompt };
captureInstallPrompt(); // in case main.tsx did not (tests render this component alone)

/** iPhone, iPod, iPad, and iPadOS 13+ (which calls itself a Mac but has a touch screen). */
export function isIos(): boolean {
  if (typeof navigator === 'undefined') return false;
  return (
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}
const isOnline = () => navigator.onLine;

/** A service worker controls this page: everything Sango needs is precached on this device. */
const hasController = () => typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;
function subscribeController(onChange: () => void): () => void {
  const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
  sw?.addEventListener('controllerchange', onChange);
  return () => sw?.removeEventListener('controllerchange', onChange);
}

export function useOfflineStatus(): { online: boolean; offlineReady: boolean } {
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);
  const offlineReady = useSyncExternalStore(subscribeController, hasController, () => false);
  return { online, offlineReady };
}

type Outcome = 'accepted' | 'dismissed' | null;

export function InstallHelp() {
  const { t } = useTranslation('grownUps');
  const prompt = useSyncExternalStore(subscribePrompt, currentPrompt, () => null);
  const installed = useInstalled();
  const { online, offlineReady } = useOfflineStatus();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const result = useRef<HTMLParagraphElement>(null);
  const ios = isIos();

  // The install button disappears once pressed, so focus goes to the sentence that says what happened.
  useEffect(() => {
    if (outcome) result.current?.focus();
  }, [outcome]);

  async function install() {
    if (!prompt) return;
    usedInstallPrompt();
    try {
      await prompt.prompt();
      const choice = await prompt.userChoice;
      setOutcome(choice.outcome);
    } catch {
      setOutcome('dismissed');
    }
  }

  return (
    <section aria-labelledby="install-title" className="install-help">
      <h2 id="install-title">{t('install.title')}</h2>
      <p>
        {offlineReady ? t('install.offlineReady') : t('install.offlineNotReady')}{' '}
        {online ? '' : t('install.offlineNow')}
      </p>
      {installed ? (
        <p>{t('install.installed')}</p>
      ) : (
        <>
          <p>{t('install.why')}</p>
          {prompt && !outcome ? (
            <button type="button" className="button primary" onClick={() => void install()}>
              {t('install.button')}
            </button>
          ) : ios ? (
            <>
              <p id="ios-steps-title">{t('install.iosIntro')}</p>
              <ol aria-labelledby="ios-steps-title" className="install-steps">
                <li>{t('install.iosShare')}</li>
                <li>{t('install.iosAdd')}</li>
                <li>{t('install.iosConfirm')}</li>
              </ol>
            </>
          ) : outcome ? null : (
            <p>{t('install.otherBrowsers')}</p>
          )}
        </>
      )}
      <p ref={result} tabIndex={-1} aria-live="polite" className="result">
        {outcome === 'accepted'
          ? t('install.accepted')
          : outcome === 'dismissed'
            ? t('install.dismissed')
            : ''}
      </p>
    </section>
  );
}
