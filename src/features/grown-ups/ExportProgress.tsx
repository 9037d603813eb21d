/**
 * Export: the persisted state (settings, seats, progress; never a name) as a dated JSON file, saved to the
 * device's downloads or, where the browser can share files, handed to the system share sheet so it can travel
 * to a teacher's device by Bluetooth, Nearby Share, AirDrop or a USB stick, with no internet.
 */
import { useState, useSyncExternalStore } from 'react';
import { isolate, useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { exportFileName, exportText } from '../../store/transfer.ts';
import { saveFile } from '../../platform/saveFile.ts';
import { canShareFile, shareFile } from '../../platform/shareFile.ts';

type Result = { file: string; shared: boolean } | 'failed' | null;

function makeFile(): File {
  const { settings, seats, progress } = useStore.getState();
  const now = new Date();
  return new File([exportText({ settings, seats, progress }, now)], exportFileName(now), {
    type: 'application/json',
  });
}

const noChanges = () => () => undefined;
/** Whether this browser's share sheet takes a file like an export. */
function canShareExport(): boolean {
  return canShareFile(new File(['{}'], 'sango-progress.json', { type: 'application/json' }));
}

/** `current`: this was the last data action, so its result is shown; `onStart` says a new one began. */
export function ExportProgress({ current = true, onStart }: { current?: boolean; onStart?: () => void }) {
  const { t } = useTranslation('grownUps');
  const [result, setResult] = useState<Result>(null);
  // Known only in the browser (the prerendered page says no, then hydration asks the browser).
  const shareable = useSyncExternalStore(noChanges, canShareExport, () => false);

  function save() {
    onStart?.();
    try {
      const file = makeFile();
      saveFile(file, file.name);
      setResult({ file: file.name, shared: false });
    } catch {
      setResult('failed');
    }
  }

  async function share() {
    onStart?.();
    let file: File;
    try {
      file = makeFile();
    } catch {
      setResult('failed');
      return;
    }
    const outcome = await shareFile(file);
    if (outcome === 'shared') setResult({ file: file.name, shared: true });
    else if (outcome === 'failed') setResult('failed');
    else setResult(null);
  }

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p>{t('export.body')}</p>
      <div className="export-actions">
        <button type="button" className="button" onClick={save}>
          {t('export.button')}
        </button>
        {shareable && (
          <button type="button" className="button" onClick={() => void share()}>
            {t('export.share')}
          </button>
        )}
      </div>
      <p role="status" className="result">
        {!current || result === null
          ? ''
          : result === 'failed'
            ? t('export.failed')
            : t(result.shared ? 'export.shared' : 'export.done', { file: isolate(result.file) })}
      </p>
    </section>
  );
}
