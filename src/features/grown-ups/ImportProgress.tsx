/**
 * Import: a file made by "Export progress" replaces what is on this device, after a confirm whose two
 * answers carry equal weight. A wrong, damaged or newer file says so calmly and changes nothing. Only progress
 * Sango itself makes is kept (see store/importFilter.ts); the confirm and the result say how much that is, and
 * how much was left out.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { CONTENT_IDS } from '../../content/knownIds.ts';
import { useStore, type Persisted } from '../../store/index.ts';
import {
  MAX_EXPORT_BYTES,
  parseExport,
  type ImportProblem,
  type ImportReport,
} from '../../store/transfer.ts';
import { readText } from '../../platform/readText.ts';

type Stage =
  | { name: 'idle' }
  | { name: 'confirm'; state: Persisted; report: ImportReport }
  | { name: 'done'; report: ImportReport }
  | { name: 'kept' }
  | { name: 'problem'; problem: ImportProblem | 'too-big' };

export function ImportProgress({ current = true, onStart }: { current?: boolean; onStart?: () => void }) {
  const { t } = useTranslation('grownUps');
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  // Each step replaces what was pressed, so focus goes where the conversation continues.
  useEffect(() => {
    if (stage.name === 'confirm') question.current?.focus();
    else if (stage.name === 'done' || stage.name === 'problem') status.current?.focus();
    else if (stage.name === 'kept') input.current?.focus();
  }, [stage]);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const field = e.currentTarget;
    const file = field.files?.[0];
    field.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    onStart?.();
    if (file.size > MAX_EXPORT_BYTES) {
      setStage({ name: 'problem', problem: 'too-big' });
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch {
      setStage({ name: 'problem', problem: 'not-json' });
      return;
    }
    const parsed = parseExport(text, CONTENT_IDS);
    setStage(
      parsed.ok
        ? { name: 'confirm', state: parsed.state, report: parsed.report }
        : { name: 'problem', problem: parsed.reason },
    );
  }

  function replace(state: Persisted, report: ImportReport) {
    // The persist middleware writes this to storage; the rest of the app follows the store.
    useStore.setState({ settings: state.settings, seats: state.seats, progress: state.progress });
    setStage({ name: 'done', report });
  }

  const message = !current
    ? ''
    : stage.name === 'done'
      ? [
          t('import.done'),
          t('import.imported', { count: stage.report.kept }),
          stage.report.leftOut > 0 ? t('import.leftOut', { count: stage.report.leftOut }) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : stage.name === 'kept'
        ? t('import.kept')
        : stage.name === 'problem'
          ? t(`import.problems.${stage.problem}`)
          : '';

  return (
    <section aria-labelledby="import-title" className="import">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.body')}</p>
      {stage.name === 'confirm' ? (
        <div role="group" aria-labelledby="import-question" className="confirm">
          <p id="import-question" ref={question} tabIndex={-1}>
            {t('import.confirm')}
          </p>
          <p>
            {t('import.summary', { count: stage.report.seats })}{' '}
            {t('import.keeps', { count: stage.report.kept })}
          </p>
          {stage.report.leftOut > 0 && <p>{t('import.leavesOut', { count: stage.report.leftOut })}</p>}
          <div className="confirm-actions">
            <button type="button" className="button" onClick={() => replace(stage.state, stage.report)}>
              {t('import.yes')}
            </button>
            <button type="button" className="button" onClick={() => setStage({ name: 'kept' })}>
              {t('import.no')}
            </button>
          </div>
        </div>
      ) : (
        <div className="file-field">
          {/* The browser's own file button speaks the device's language, not the page's: ours is a label. */}
          <label htmlFor={inputId} className="button">
            {t('import.choose')}
          </label>
          <input
            id={inputId}
            ref={input}
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onFile(e)}
          />
        </div>
      )}
      <p role="status" ref={status} tabIndex={-1} className="result">
        {message}
      </p>
    </section>
  );
}
