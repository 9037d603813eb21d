import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Link } from '../../ui/Link.tsx';
import { TierArt } from '../../ui/art/TierArt.tsx';
import { routePath } from '../../routing/routes.ts';

type Tier = 'storybook' | 'workbook' | 'net-rules';

export function TierCard(props: {
  locale: AppLocale;
  tier: Tier;
  textKey: 'storybook' | 'workbook' | 'netRules';
}) {
  const { t } = useTranslation();
  const to =
    props.tier === 'storybook'
      ? routePath({ name: 'storybook', locale: props.locale })
      : routePath({ name: props.tier, locale: props.locale, path: [] });
  return (
    // A plain item: framer-motion's whileTap made the item itself focusable, so each card took two Tab stops.
    // The lift and press are CSS (home.css), which reduced motion turns off.
    <li className={`tier-card tier-${props.tier}`}>
      <Link to={to} className="tier-link">
        <TierArt tier={props.tier} className="tier-art" />
        <span className="tier-title">{t(`home.tiers.${props.textKey}.title`)}</span>
        <span className="tier-ages">{t(`home.tiers.${props.textKey}.ages`)}</span>
        <span className="tier-desc">{t(`home.tiers.${props.textKey}.description`)}</span>
      </Link>
    </li>
  );
}
