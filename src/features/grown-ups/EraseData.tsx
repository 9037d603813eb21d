/** Erase everything on this device, behind a confirm whose two answers carry equal weight. */
import { useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';

export function EraseData() {
  const { t } = useTranslation();
  const eraseAll = useStore((s) => s.eraseAll);
  const [stage, setStage] = useState<'idle' | 'confirm' | 'done'>('idle');
  return (
    <section aria-labelledby="erase-title" className="erase">
      <h2 id="erase-title">{t('grownUps.eraseTitle')}</h2>
      <p>{t('grownUps.eraseBody')}</p>
      {stage === 'confirm' ? (
        <div role="group" aria-labelledby="erase-question" className="confirm">
          <p id="erase-question">{t('grownUps.eraseConfirm')}</p>
          <div className="confirm-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                eraseAll();
                setStage('done');
              }}
            >
              {t('grownUps.eraseYes')}
            </button>
            <button type="button" className="button" onClick={() => setStage('idle')}>
              {t('grownUps.eraseNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setStage('confirm')}>
          {t('grownUps.erase')}
        </button>
      )}
      <p role="status">{stage === 'done' ? t('grownUps.erased') : ''}</p>
    </section>
  );
}
