/**
 * The data tools: where progress is saved, export, import and erase. Only the last action says how it went: an
 * old error ("this file is not a Sango file") must not stand next to a later success.
 */
import { useState } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { EraseData } from './EraseData.tsx';
import { ExportProgress } from './ExportProgress.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { StorageStatus } from './StorageStatus.tsx';

export function DataToolsPage({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation('grownUps');
  const [last, setLast] = useState<'export' | 'import' | 'erase' | null>(null);
  return (
    <div className="page prose-page data-tools">
      <PageHeading>{t('data.title')}</PageHeading>
      <p className="lead">{t('data.intro')}</p>
      <StorageStatus />
      <ExportProgress current={last === 'export'} onStart={() => setLast('export')} />
      <ImportProgress current={last === 'import'} onStart={() => setLast('import')} />
      <EraseData current={last === 'erase'} onStart={() => setLast('erase')} />
      <Link className="button primary" to={routePath({ name: 'grown-ups', locale, path: [] })}>
        {t('back')}
      </Link>
    </div>
  );
}
