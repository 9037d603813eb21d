/** Who made what Sango shows, and the font licences. */
import { useTranslation } from '../../i18n/index.ts';

export function Credits() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="credits-title">
      <h2 id="credits-title">{t('grownUps.creditsTitle')}</h2>
      <p>{t('grownUps.creditsArt')}</p>
      <p>{t('grownUps.creditsContent')}</p>
      <p>{t('grownUps.creditsFonts')}</p>
      <ul className="link-list" aria-label={t('grownUps.fontLicences')}>
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
        <li>
          <a href="/licenses/opendyslexic-OFL.txt" lang="en">
            OpenDyslexic — SIL Open Font License 1.1
          </a>
        </li>
      </ul>
    </section>
  );
}
