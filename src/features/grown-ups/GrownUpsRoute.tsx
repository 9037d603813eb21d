/**
 * The grown-ups area's one entry point (`/{locale}/grown-ups/...`): loads its strings, styles and guides,
 * then shows the gate, then the page the path names.
 */
import './grownUps.css';
import { use } from 'react';
import { contentLocale, useTranslation, type AppLocale } from '../../i18n/index.ts';
import { loadTier, useTierContent } from '../../content/loader.ts';
import type { Guide } from '../../content/schema.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';
import { DataToolsPage } from './DataToolsPage.tsx';
import { GrownUpsGate } from './GrownUpsGate.tsx';
import { GrownUpsGuide } from './GrownUpsGuide.tsx';
import { GrownUpsHome } from './GrownUpsHome.tsx';
import { GrownUpsNotFound } from './GrownUpsNotFound.tsx';
import { CLASS_VIEW, DATA, isGuideId, PRINTABLES, SEATS, TEACHER_NOTES } from './guides.ts';
import { ClassViewPage } from './ClassViewPage.tsx';
import { classContent } from './classContent.ts';
import { PrintablesPage } from './printables/PrintablesPage.tsx';
import { SeatsPage } from '../profiles/index.ts';
import { TeacherNotesPage } from './TeacherNotesPage.tsx';

export default function GrownUpsRoute({ locale, path }: { locale: AppLocale; path: string[] }) {
  // Suspends until the strings are there (the gate never shows keys; the home's classroom switch and device
  // mode have their own namespaces).
  useTranslation(['grownUps', 'classroom', 'profiles', 'printables']);
  const { items } = useTierContent(contentLocale(locale), 'grown-ups');
  const guides = items.filter((i): i is Guide => i.kind === 'guide');
  const [page, ...rest] = path;
  // Everything a page needs is loaded before the gate shows, so passing it never lands on a loading screen.
  const workbook =
    page === TEACHER_NOTES && rest.length === 0 ? use(loadTier(contentLocale(locale), 'workbook')) : null;
  const modules = workbook?.items.filter((i): i is WorkbookModule => i.kind === 'module') ?? [];
  const classView = page === CLASS_VIEW && rest.length === 0;
  const content = classView
    ? classContent(
        use(loadTier(contentLocale(locale), 'storybook')),
        use(loadTier(contentLocale(locale), 'workbook')),
        use(loadTier(contentLocale(locale), 'net-rules')),
      )
    : null;

  let view;
  if (page === undefined) view = <GrownUpsHome locale={locale} guides={guides} />;
  else if (rest.length > 0) view = <GrownUpsNotFound locale={locale} />;
  else if (page === DATA) view = <DataToolsPage locale={locale} />;
  else if (page === SEATS) view = <SeatsPage locale={locale} manage />;
  else if (page === PRINTABLES) view = <PrintablesPage locale={locale} />;
  else if (content) view = <ClassViewPage locale={locale} content={content} />;
  else if (page === TEACHER_NOTES) view = <TeacherNotesPage locale={locale} modules={modules} />;
  else {
    const guide = isGuideId(page) ? guides.find((g) => g.id === page) : undefined;
    view = guide ? (
      <GrownUpsGuide key={guide.id} locale={locale} guide={guide} guides={guides} />
    ) : (
      <GrownUpsNotFound locale={locale} />
    );
  }
  return <GrownUpsGate>{view}</GrownUpsGate>;
}
