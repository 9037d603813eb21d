/**
 * Where progress lives and what to do about it, in four facts and one piece of advice; and when Sango could not
 * be saved whole for offline use (a full device), that too, with why and what to do.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useOfflineStatus, type OfflineStatus } from '../../pwa/offlineStatus.ts';
import { useStorageStatus } from '../../pwa/storageStatus.ts';

function OfflineFact({ status }: { status: OfflineStatus }) {
  const { t } = useTranslation('grownUps');
  switch (status.state) {
    case 'checking':
      return null;
    case 'incomplete': {
      const space = status.reason === 'space';
      return (
        <li className="offline-incomplete">
          {space ? t('storage.offlineNoSpace') : t('storage.offlineStopped')}{' '}
          {status.total === null
            ? t('storage.offlineSavedSome', { count: status.saved })
            : t('storage.offlineSaved', { count: status.saved, total: status.total })}{' '}
          <strong>{space ? t('storage.offlineAdviceSpace') : t('storage.offlineAdviceStopped')}</strong>
        </li>
      );
    }
    default:
      return <li>{t(`storage.offline.${status.state}`)}</li>;
  }
}

export function StorageStatus() {
  const { t } = useTranslation('grownUps');
  const status = useStorageStatus();
  const offline = useOfflineStatus();
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
        <OfflineFact status={offline} />
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
