/** The workbook tier's one entry point: loads its strings and styles with it, then picks the page. */
import './workbook.css';
import { contentLocale, useTranslation, type AppLocale } from '../../i18n/index.ts';
import { useTierContent } from '../../content/loader.ts';
import type { WorkbookModule } from '../../content/workbookSchema.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { ModulePage } from './ModulePage.tsx';
import { PartPage } from './PartPage.tsx';
import { WorkbookHome } from './WorkbookHome.tsx';

export default function WorkbookRoute({ locale, path }: { locale: AppLocale; path: string[] }) {
  const { t } = useTranslation('workbook');
  const { items } = useTierContent(contentLocale(locale), 'workbook');
  const modules = items.filter((i): i is WorkbookModule => i.kind === 'module');
  const [moduleId, partId] = path;
  if (!moduleId) return <WorkbookHome locale={locale} modules={modules} />;
  const mod = modules.find((m) => m.id === moduleId);
  const part = partId === undefined ? undefined : mod?.parts.find((p) => p.id === partId);
  if (mod && partId === undefined) return <ModulePage locale={locale} module={mod} />;
  if (mod && part) return <PartPage key={part.id} locale={locale} module={mod} part={part} />;
  return (
    <div className="page center-page">
      <PageHeading>{t('notFound')}</PageHeading>
      <Link className="button primary" to={routePath({ name: 'workbook', locale, path: [] })}>
        {t('backToWorkbook')}
      </Link>
    </div>
  );
}
