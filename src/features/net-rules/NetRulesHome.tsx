/**
 * The challenge's home: Level 1 (with the teen's before and after once it is played again), the eight rules
 * with their badges, the result card, and timed mode.
 */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import type { RuleSummary } from '../../content/netRulesSchema.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { own, selectLevel1, selectQuickRound, selectRules, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { Badge } from './Badge.tsx';
import { Level1BeforeAfter } from './Level1BeforeAfter.tsx';
import { TimerSetting } from './TimerSetting.tsx';

export function NetRulesHome({ locale, rules }: { locale: AppLocale; rules: RuleSummary[] }) {
  const { t } = useTranslation('netRules');
  const progress = useStore(selectRules);
  const quick = useStore(selectQuickRound);
  const level1 = useStore(selectLevel1);
  const earned = rules.filter((r) => own(progress, r.id)?.badge).length;
  const path = (p: string[]) => routePath({ name: 'net-rules', locale, path: p });
  const suggested = rules.filter((r) => quick?.missed.includes(r.id)).map((r) => r.title);
  return (
    <div className="page nr-page nr-home">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <section className="nr-level" aria-labelledby="level1">
        <h2 id="level1">{t('level1.title')}</h2>
        <p>{t('level1.description')}</p>
        {suggested.length > 0 && <p>{t('level1.lastRound', { rules: suggested.join(', ') })}</p>}
        {/* Level 1 once, and some of Level 2 since: the moment to play it again and see what changed. */}
        {level1?.rounds === 1 && rules.some((r) => own(progress, r.id)) && (
          <p className="nr-retake">{t('level1.retakeHint')}</p>
        )}
        <Level1BeforeAfter rules={rules} />
        <Link className="button primary" to={path(['level-1'])}>
          {quick ? t('level1.again') : t('level1.start')}
        </Link>
      </section>
      <section aria-labelledby="level2">
        <h2 id="level2">{t('level2.title')}</h2>
        <p>{t('level2.description')}</p>
        <p className="badge-count">{t('badgeCount', { earned, total: rules.length })}</p>
        <ol className="rule-list">
          {rules.map((rule, i) => {
            const mine = own(progress, rule.id);
            return (
              <li key={rule.id}>
                <Link to={path([rule.id])} className="rule-link">
                  <Badge
                    index={i}
                    earned={mine?.badge ?? false}
                    label={t(mine?.badge ? 'badge.earned' : 'badge.notYet', { rule: rule.title })}
                    size={56}
                  />
                  <span className="rule-text" {...fallbackAttrs(rule.untranslated)}>
                    <span className="rule-title">{rule.title}</span>
                    <span className="rule-short">{rule.short}</span>
                  </span>
                  {mine && (
                    <span className="rule-best">
                      {t('rule.best', {
                        right: Math.round(mine.best * rule.questionCount),
                        total: rule.questionCount,
                      })}
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
        </ol>
        {earned === rules.length && rules.length > 0 ? (
          <Link className="button primary" to={path(['result-card'])}>
            {t('resultCardLink')}
          </Link>
        ) : (
          <p className="muted">{t('resultCard.notYet')}</p>
        )}
      </section>
      <TimerSetting />
    </div>
  );
}
