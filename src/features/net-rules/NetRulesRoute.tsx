/** The Net Rules tier's one entry point: its strings, styles and content load with it. */
import './netRules.css';
import { contentLocale, useTranslation, type AppLocale } from '../../i18n/index.ts';
import { useRule, useTierContent } from '../../content/loader.ts';
import type { RuleSummary } from '../../content/netRulesSchema.ts';
import { own, selectRules, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { NetRulesHome } from './NetRulesHome.tsx';
import { QuickRound } from './QuickRound.tsx';
import { ResultCard } from './ResultCard.tsx';
import { RulePage } from './RulePage.tsx';

export default function NetRulesRoute({ locale, path }: { locale: AppLocale; path: string[] }) {
  // The workbook's strings too: choose-all, spot-the-flag and order questions are played with its activities.
  const { t } = useTranslation(['netRules', 'workbook']);
  const { items } = useTierContent(contentLocale(locale), 'net-rules');
  const rules = items.filter((i): i is RuleSummary => i.kind === 'rule-summary');
  const badges = useStore(selectRules);
  const [page, extra] = path;
  if (page === undefined) return <NetRulesHome locale={locale} rules={rules} />;
  if (page === 'level-1' && extra === undefined) return <QuickRound locale={locale} rules={rules} />;
  if (page === 'result-card' && extra === undefined) {
    const all = rules.length > 0 && rules.every((r) => own(badges, r.id)?.badge);
    return all ? (
      <div className="page nr-page">
        <PageHeading>{t('resultCard.title')}</PageHeading>
        <ResultCard rules={rules} />
      </div>
    ) : (
      <div className="page nr-page">
        <PageHeading>{t('resultCard.title')}</PageHeading>
        <p>{t('resultCard.notYet')}</p>
        <Link className="button primary" to={routePath({ name: 'net-rules', locale, path: [] })}>
          {t('rule.backToRules')}
        </Link>
      </div>
    );
  }
  const index = rules.findIndex((r) => r.id === page);
  const rule = rules[index];
  if (rule && extra === undefined)
    return <OneRule key={rule.id} locale={locale} id={rule.id} index={index} />;
  return (
    <div className="page nr-page">
      <PageHeading>{t('rule.notFound')}</PageHeading>
      <Link className="button primary" to={routePath({ name: 'net-rules', locale, path: [] })}>
        {t('rule.backToRules')}
      </Link>
    </div>
  );
}

/** A rule's page: its cards and questions are their own chunk, loaded when the rule is opened. */
function OneRule({ locale, id, index }: { locale: AppLocale; id: string; index: number }) {
  const rule = useRule(contentLocale(locale), id);
  return <RulePage locale={locale} rule={rule} index={index} />;
}
