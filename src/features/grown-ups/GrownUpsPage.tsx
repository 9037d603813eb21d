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
      <section aria-labelledby="credits-title">
        <h2 id="credits-title">{t('grownUps.creditsTitle')}</h2>
        <p>{t('grownUps.creditsArt')}</p>
        <p>{t('grownUps.creditsContent')}</p>
        <p>{t('grownUps.creditsFonts')}</p>
        <ul aria-label={t('grownUps.fontLicences')}>
          <li>
            <a href="/licenses/andika-OFL.txt" lang="en">
              Andika — SIL Open Font License 1.1
            </a>
          </li>
          <li>
            <a href="/licenses/noto-sans-arabic-OFL.txt" lang="en">
              Noto Sans Arabic — SIL Open Font License 1.1
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
