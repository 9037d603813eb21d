/**
 * Opening the class's files: several at once, each read and validated as "Import progress" reads one, into
 * the class view (never into this device's seats). Each file that cannot be used is named with its reason and
 * skipped; the others are opened. Clearing forgets them all.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { isolate, useTranslation } from '../../i18n/index.ts';
import { CONTENT_IDS } from '../../content/knownIds.ts';
import { readText } from '../../platform/readText.ts';
import { useStore } from '../../store/index.ts';
import { addClassFiles, type ChosenFile, type ClassAddReport } from '../../store/classView.ts';
import { MAX_EXPORT_BYTES } from '../../store/transfer.ts';

async function choose(file: File): Promise<ChosenFile> {
  // A file too big to be an export is never read: its size says enough.
  if (file.size > MAX_EXPORT_BYTES) return { name: file.name, size: file.size, text: null };
  try {
    return { name: file.name, size: file.size, text: await readText(file) };
  } catch {
    return { name: file.name, size: file.size, text: null };
  }
}

export function ClassFiles({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation('grownUps');
  const files = useStore((s) => s.classView.files);
  const setClassView = useStore((s) => s.setClassView);
  const clearClassView = useStore((s) => s.clearClassView);
  const [result, setResult] = useState<ClassAddReport | 'cleared' | null>(null);
  const inputId = useId();
  const status = useRef<HTMLDivElement>(null);

  async function onFiles(e: ChangeEvent<HTMLInputElement>) {
    const field = e.currentTarget;
    const chosen = [...(field.files ?? [])];
    field.value = ''; // the same files can be chosen again
    if (chosen.length === 0) return;
    const read = await Promise.all(chosen.map(choose));
    // Read against the view as it is now (not as it was when the files were chosen), then kept whole.
    const { view, report } = addClassFiles(useStore.getState().classView, read, CONTENT_IDS);
    if (report.added.length > 0) setClassView(view);
    setResult(report);
    if (report.added.length > 0) onOpened();
    status.current?.focus();
  }

  function clear() {
    clearClassView();
    setResult('cleared');
    status.current?.focus();
  }

  return (
    <section aria-labelledby="class-files-title" className="class-files">
      <h2 id="class-files-title">{t('class.filesTitle')}</h2>
      <p>{t('class.filesBody')}</p>
      <p className="class-memory">{t('class.memoryOnly')}</p>
      <div className="file-field">
        <label htmlFor={inputId} className="button">
          {t('class.choose')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(e) => void onFiles(e)}
        />
      </div>
      <div role="status" ref={status} tabIndex={-1} className="result">
        {result === 'cleared' ? (
          <p>{t('class.cleared')}</p>
        ) : result ? (
          <>
            {result.added.length > 0 && <p>{t('class.added', { count: result.added.length })}</p>}
            {result.repeated.map((name, i) => (
              <p key={`r${i}`}>{t('class.repeated', { file: isolate(name) })}</p>
            ))}
            {result.skipped.map(({ name, problem }, i) => (
              <p key={`s${i}`} className="class-skipped">
                {t('class.skipped', { file: isolate(name), reason: t(`class.problems.${problem}`) })}
              </p>
            ))}
          </>
        ) : null}
      </div>
      {files.length > 0 && (
        <>
          <h3>{t('class.openFiles')}</h3>
          <ul className="class-file-list">
            {files.map((f) => (
              <li key={f.key}>{t('class.fileSeats', { file: isolate(f.name), count: f.seats })}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={clear}>
            {t('class.clear')}
          </button>
        </>
      )}
    </section>
  );
}
