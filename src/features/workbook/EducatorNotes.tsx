/** The educator notes, behind a "for grown-ups" toggle so they don't give the answers away to a child. */
import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { Blocks } from '../../content/render.tsx';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';

export function EducatorNotes({
  module: mod,
  initiallyOpen = false,
}: {
  module: WorkbookModule;
  initiallyOpen?: boolean;
}) {
  const { t } = useTranslation('workbook');
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <section className="educator-notes" aria-label={t('educatorNotes')}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? t('hideNotes') : t('showNotes')}
      </button>
      <div id={id} hidden={!open} className="educator-body" {...fallbackAttrs(mod.untranslated)}>
        <h2>{t('educatorNotes')}</h2>
        <Blocks nodes={mod.educator} />
      </div>
    </section>
  );
}
