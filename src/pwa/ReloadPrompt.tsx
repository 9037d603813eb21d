/**
 * The service worker's voice. An update is only ever offered: nothing reloads by itself, so a child in the
 * middle of a story is never interrupted; a grown-up (or the child, on the home screen) taps to apply it.
 */
import { useEffect, useRef } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from '../i18n/index.ts';
import { Notice } from '../ui/Notice.tsx';
import { startUpdateChecks } from './updateChecks.ts';

export function ReloadPrompt() {
  const { t } = useTranslation();
  const stopChecks = useRef<(() => void) | null>(null);
  useEffect(() => () => stopChecks.current?.(), []);
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Look for a new version now and then while online; the answer is only ever a prompt.
      stopChecks.current?.();
      stopChecks.current = startUpdateChecks(registration);
    },
  });
  if (needRefresh) {
    return (
      <Notice
        onClose={() => setNeedRefresh(false)}
        closeLabel={t('pwa.later')}
        actions={
          <button type="button" className="button primary" onClick={() => void updateServiceWorker(true)}>
            {t('pwa.update')}
          </button>
        }
      >
        {t('pwa.updateReady')}
      </Notice>
    );
  }
  if (offlineReady) {
    return (
      <Notice onClose={() => setOfflineReady(false)} closeLabel={t('pwa.close')}>
        {t('pwa.offlineReady')}
      </Notice>
    );
  }
  return null;
}
