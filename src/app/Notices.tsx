/** Quiet, dismissible messages at the bottom: storage problems and app updates. Never modal, never urgent. */
import { useTranslation } from '../i18n/index.ts';
import { useStore } from '../store/index.ts';
import { ReloadPrompt } from '../pwa/ReloadPrompt.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useInBrowser } from '../ui/firstPaint.ts';

export function Notices() {
  const { t } = useTranslation();
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotice);
  // The service worker registers from the browser only (not in the prerender, not while hydrating).
  const inBrowser = useInBrowser();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <Notice key={n} onClose={() => dismiss(n)} closeLabel={t('pwa.close')}>
          {n === 'recovered' ? t('storage.recovered') : t('storage.memoryOnly')}
        </Notice>
      ))}
      {inBrowser && <ReloadPrompt />}
    </div>
  );
}
