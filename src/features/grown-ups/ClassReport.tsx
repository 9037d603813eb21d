/**
 * The printed class report: the figures only (never a child's own marks), on one page, A4 or Letter, in the
 * language the teacher picks, which may differ from the interface's. Its strings and the content's titles load
 * for that language; on screen it is hidden, and in print it is all there is.
 */
import { use } from 'react';
import { dirOf, useTranslation, type Locale } from '../../i18n/index.ts';
import { loadTier } from '../../content/loader.ts';
import type { ClassFigures } from '../../store/classFigures.ts';
import { ClassFiguresTables } from './ClassFiguresTables.tsx';
import { classContent } from './classContent.ts';

interface Props {
  lng: Locale;
  figures: ClassFigures;
  /** Which seats the figures count: this device's, or the opened files'. */
  source: 'device' | 'files';
}

export function ClassReport({ lng, figures, source }: Props) {
  const { t } = useTranslation('grownUps', { lng });
  const content = classContent(
    use(loadTier(lng, 'storybook')),
    use(loadTier(lng, 'workbook')),
    use(loadTier(lng, 'net-rules')),
  );
  const date = new Intl.DateTimeFormat(lng, { dateStyle: 'long' }).format(new Date());
  const count = figures.children;
  return (
    <article className="class-report" lang={lng} dir={dirOf(lng)}>
      {/* The page's one h1 is the screen's; on paper this title is the first thing printed. */}
      <h2>{t('class.reportTitle')}</h2>
      <p>{t(source === 'device' ? 'class.sourceDevice' : 'class.sourceFiles', { count })}</p>
      <p>{t('class.reportMade', { date })}</p>
      <ClassFiguresTables lng={lng} figures={figures} content={content} idPrefix="report" />
    </article>
  );
}
