/**
 * The service worker's voice. An update is only ever offered: nothing reloads by itself, so a child in the
 * middle of a story is never interrupted; a grown-up (or the child, on the home screen) taps to apply it.
 */
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from '../i18n/index.ts';
import { Notice } from '../ui/Notice.tsx';

const HOUR = 60 * 60 * 1000;

export function ReloadPrompt() {
  const { t } = useTranslation();
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Look for a new version now and then while online; the answer is only ever a prompt.
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, HOUR);
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
