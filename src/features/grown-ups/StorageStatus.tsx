/** Where progress lives and what to do about it, in three facts and one piece of advice. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useStorageStatus } from '../../pwa/storageStatus.ts';

export function StorageStatus() {
  const { t } = useTranslation('grownUps');
  const status = useStorageStatus();
  const [asked, setAsked] = useState<'kept' | 'refused' | null>(null);
  const result = useRef<HTMLParagraphElement>(null);
  // The button goes away once the browser has answered, so focus goes to the answer.
  useEffect(() => {
    if (asked) result.current?.focus();
  }, [asked]);

  const memory = status.saved === 'memory';
  const advice = memory
    ? t('storage.adviceMemory')
    : status.persistence === 'persistent'
      ? t('storage.advicePersistent')
      : status.installed
        ? t('storage.adviceInstalled')
        : t('storage.adviceTab');

  return (
    <section aria-labelledby="storage-title" className="storage-status">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <ul>
        <li>{memory ? t('storage.memory') : t('storage.device')}</li>
        {!memory && <li>{t(`storage.${status.persistence}`)}</li>}
        <li>{status.installed ? t('storage.installed') : t('storage.tab')}</li>
      </ul>
      <p className="advice">{advice}</p>
      {status.canAsk && asked === null && (
        <button
          type="button"
          className="button"
          onClick={() => void status.ask().then((kept) => setAsked(kept ? 'kept' : 'refused'))}
        >
          {t('storage.ask')}
        </button>
      )}
      <p ref={result} tabIndex={-1} role="status" className="result">
        {asked === 'kept' ? t('storage.askKept') : asked === 'refused' ? t('storage.askRefused') : ''}
      </p>
    </section>
  );
}
