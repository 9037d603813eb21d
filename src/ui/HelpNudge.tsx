/**
 * "Need help?" where a lesson ends (a story's talk page, a module's recap, a rule's next steps): the moment a
 * child may think of something that happened to them. Opens the help page for their age.
 */
import type { HelpTier } from '../content/helpTiers.ts';
import { useTranslation, type AppLocale } from '../i18n/index.ts';
import { HelpIcon } from './icons.tsx';
import { Link } from './Link.tsx';
import { routePath } from '../routing/routes.ts';

export function HelpNudge({ locale, tier }: { locale: AppLocale; tier: HelpTier }) {
  const { t } = useTranslation();
  return (
    <p className="help-nudge">
      <Link to={routePath({ name: 'help', locale, tier })}>
        <HelpIcon />
        <span>{tier === 'storybook' ? t('help.getHelpYoung') : t('help.getHelp')}</span>
      </Link>
    </p>
  );
}
