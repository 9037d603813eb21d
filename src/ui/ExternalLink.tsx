/**
 * A link to another website (a helpline finder, a removal service). A person taps it; the app never fetches
 * or prefetches it. It opens in a new tab without telling the other site where it came from, and says so, in
 * words for a screen reader and with an icon for everyone, so nobody leaves Sango without knowing.
 */
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/index.ts';
import { ExternalIcon } from './icons.tsx';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children} <ExternalIcon />
      <span className="visually-hidden"> {t('app.externalLink')}</span>
    </a>
  );
}
