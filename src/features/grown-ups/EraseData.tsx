/** Erase everything on this device, behind a confirm whose two answers carry equal weight. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { BinIcon } from '../../ui/icons.tsx';

type Stage = 'idle' | 'confirm' | 'done' | 'kept';

export function EraseData({ current = true, onStart }: { current?: boolean; onStart?: () => void }) {
  const { t } = useTranslation();
  const eraseAll = useStore((s) => s.eraseAll);
  const [stage, setStage] = useState<Stage>('idle');
  const question = useRef<HTMLParagraphElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  // The pressed button disappears at each step, so focus is placed where the conversation continues.
  useEffect(() => {
    if (stage === 'confirm') question.current?.focus();
    else if (stage === 'done') status.current?.focus();
    else if (stage === 'kept') start.current?.focus();
  }, [stage]);
  return (
    <section aria-labelledby="erase-title" className="erase">
      <h2 id="erase-title">{t('grownUps.eraseTitle')}</h2>
      <p>{t('grownUps.eraseBody')}</p>
      {stage === 'confirm' ? (
        <div role="group" aria-labelledby="erase-question" className="confirm">
          <p id="erase-question" ref={question} tabIndex={-1}>
            {t('grownUps.eraseConfirm')}
          </p>
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
            <button type="button" className="button" onClick={() => setStage('kept')}>
              {t('grownUps.eraseNo')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button erase-button"
          ref={start}
          onClick={() => {
            onStart?.();
            setStage('confirm');
          }}
        >
          <BinIcon />
          {t('grownUps.erase')}
        </button>
      )}
      <p role="status" ref={status} tabIndex={-1}>
        {stage === 'done' && current ? t('grownUps.erased') : ''}
      </p>
    </section>
  );
}
