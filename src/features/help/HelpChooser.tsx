/** Help with no age yet (from a page that belongs to no tier): the one message for everyone, then "whose?". */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Sango } from '../../ui/art/Sango.tsx';
import { TierArt } from '../../ui/art/TierArt.tsx';
import { routePath } from '../../routing/routes.ts';
import { HELP_TIERS } from '../../content/helpTiers.ts';
import { TIER_TEXT } from './tierText.ts';

export function HelpChooser({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation();
  return (
    <div className="page help-page help-chooser">
      <PageHeading>{t('help.title')}</PageHeading>
      <div className="help-lead">
        <Sango expression="waving" className="help-sango" />
        <p className="help-lead-text">{t('help.everyone')}</p>
      </div>
      <h2>{t('help.whoFor')}</h2>
      <ul className="help-tiers">
        {HELP_TIERS.map((tier) => (
          <li key={tier}>
            <Link className="help-tier-card" to={routePath({ name: 'help', locale, tier })}>
              <TierArt tier={tier} className="help-tier-art" />
              <span className="help-tier-ages">{t(`home.tiers.${TIER_TEXT[tier]}.ages`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="help-danger">{t('help.inDanger')}</p>
    </div>
  );
}
