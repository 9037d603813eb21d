/** The tier picker: three big picture cards, labelled by age in words. Sango waves hello. */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Sango } from '../../ui/art/Sango.tsx';
import { TierCard } from './TierCard.tsx';
import './home.css';

export function HomePage({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation();
  return (
    <div className="page home">
      <div className="home-hello">
        <Sango expression="waving" className="home-sango" />
        <div>
          <PageHeading>{t('home.title')}</PageHeading>
          <p className="lead">{t('home.intro')}</p>
        </div>
      </div>
      <ul className="tier-cards">
        <TierCard locale={locale} tier="storybook" textKey="storybook" />
        <TierCard locale={locale} tier="workbook" textKey="workbook" />
        <TierCard locale={locale} tier="net-rules" textKey="netRules" />
      </ul>
      <LanguageSwitcher locale={locale} />
    </div>
  );
}
