/**
 * The service worker's voice. An update is only ever offered: nothing reloads by itself, so a child in the
 * middle of a story is never interrupted; a grown-up (or the child, on the home screen) taps to apply it.
 * "Ready to work offline" is not announced over the page: on a first visit it came mid-story, covered the
 * page's buttons and caught a child's taps. Grown-ups find it in the grown-ups area (StorageStatus).
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
  return null;
}
