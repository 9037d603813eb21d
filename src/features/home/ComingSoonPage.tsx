/** An honest page for a tier that is still being written, with a way to something that works now. */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TierArt } from '../../ui/art/TierArt.tsx';
import { routePath } from '../../ui/routes.ts';

export default function ComingSoonPage({
  locale,
  tier,
}: {
  locale: AppLocale;
  tier: 'workbook' | 'net-rules';
}) {
  const { t } = useTranslation();
  const key = tier === 'workbook' ? 'workbook' : 'netRules';
  return (
    <div className="page center-page">
      <TierArt tier={tier} className="coming-art" />
      <PageHeading>{t(`home.tiers.${key}.title`)}</PageHeading>
      <p className="lead">{t(`home.tiers.${key}.ages`)}</p>
      <p>{t('comingSoon.body')}</p>
      <Link className="button primary" to={routePath({ name: 'storybook', locale })}>
        {t('comingSoon.toStories')}
      </Link>
    </div>
  );
}
