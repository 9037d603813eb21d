/** For parents, carers and teachers: what Sango is, what it keeps, and how to erase it. */
import { useTranslation } from '../../i18n/index.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { EraseData } from './EraseData.tsx';

export default function GrownUpsPage() {
  const { t } = useTranslation();
  return (
    <div className="page prose-page">
      <PageHeading>{t('grownUps.title')}</PageHeading>
      <p className="lead">{t('grownUps.intro')}</p>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('grownUps.privacyTitle')}</h2>
        <p>{t('grownUps.privacyKeeps')}</p>
        <p>{t('grownUps.privacyNever')}</p>
      </section>
      <EraseData />
    </div>
  );
}
