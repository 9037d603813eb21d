/**
 * A link to another website (a helpline finder, a removal service). A person taps it; the app never fetches
 * or prefetches it. It opens in a new tab without telling the other site where it came from, and says so, in
 * words for a screen reader and with an icon for everyone, so nobody leaves Sango without knowing.
 */
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/index.ts';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}{' '}
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="external-icon">
        <path
          d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 01-1 1H5a1 1 0 01-1-1V7a1 1 0 011-1h5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="visually-hidden"> {t('app.externalLink')}</span>
    </a>
  );
}
