/** Export: the persisted state (settings, seats, progress; never a name) as a dated JSON file. */
import { useState } from 'react';
import { isolate, useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { exportFileName, exportText } from '../../store/transfer.ts';
import { saveFile } from '../../platform/saveFile.ts';

/** `current`: this was the last data action, so its result is shown; `onStart` says a new one began. */
export function ExportProgress({ current = true, onStart }: { current?: boolean; onStart?: () => void }) {
  const { t } = useTranslation('grownUps');
  const [result, setResult] = useState<{ file: string } | 'failed' | null>(null);

  function save() {
    onStart?.();
    const { settings, seats, progress } = useStore.getState();
    const now = new Date();
    const file = exportFileName(now);
    try {
      const text = exportText({ settings, seats, progress }, now);
      saveFile(new Blob([text], { type: 'application/json' }), file);
      setResult({ file });
    } catch {
      setResult('failed');
    }
  }

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.body')}</p>
      <button type="button" className="button" onClick={save}>
        {t('export.button')}
      </button>
      <p role="status" className="result">
        {!current
          ? ''
          : result === 'failed'
            ? t('export.failed')
            : result
              ? t('export.done', { file: isolate(result.file) })
              : ''}
      </p>
    </section>
  );
}
