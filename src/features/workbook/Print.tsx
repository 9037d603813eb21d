/**
 * Paper versions of a module. Both are in the page but only shown by the print stylesheet: the worksheet
 * (the default when a teacher prints from the browser menu) or, after "Print the teacher sheet", the notes.
 */
import { useEffect } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { Blocks } from '../../content/render.tsx';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';
import { ExerciseWorksheet } from './activities/registry.tsx';
import { useExerciseLabel } from './useExerciseLabel.ts';

function printAs(kind: 'worksheet' | 'teacher') {
  document.documentElement.dataset.print = kind;
  window.print();
}

export function PrintButtons() {
  const { t } = useTranslation('workbook');
  useEffect(() => {
    const reset = () => delete document.documentElement.dataset.print;
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);
  return (
    <div className="print-buttons">
      <button type="button" className="button" onClick={() => printAs('worksheet')}>
        {t('printWorksheet')}
      </button>
      <button type="button" className="button" onClick={() => printAs('teacher')}>
        {t('printTeacherSheet')}
      </button>
    </div>
  );
}

export function Worksheet({ module: mod }: { module: WorkbookModule }) {
  const { t } = useTranslation('workbook');
  const exerciseLabel = useExerciseLabel();
  return (
    <section className="print-only print-worksheet" {...fallbackAttrs(mod.untranslated)}>
      <p className="print-fields">
        <span>{t('name')} ____________________</span>
        <span>{t('date')} ______________</span>
      </p>
      {/* The page already has its h1; a paper's title is its first heading only on paper. */}
      <h2 className="print-title">
        {t('module', { number: mod.order })}: {mod.title}
      </h2>
      <Blocks nodes={mod.intro} />
      {mod.parts.map((part) => {
        if (part.kind === 'summary') {
          return (
            <section key={part.id} className="print-part">
              <h2>{part.title}</h2>
              <Blocks nodes={part.body} />
            </section>
          );
        }
        return (
          <section key={part.id} className="print-part">
            <h2>
              {exerciseLabel(part)}: {part.title}
            </h2>
            <ExerciseWorksheet exercise={part} />
          </section>
        );
      })}
    </section>
  );
}

export function TeacherSheet({ module: mod }: { module: WorkbookModule }) {
  const { t } = useTranslation('workbook');
  return (
    <section className="print-only print-teacher" {...fallbackAttrs(mod.untranslated)}>
      <h2 className="print-title">
        {t('educatorNotes')}: {mod.title}
      </h2>
      <Blocks nodes={mod.educator} />
    </section>
  );
}
