/**
 * What a teen learned: their first Level 1 and their latest, overall and rule by rule. Shown once Level 1 has
 * been played more than once; before that there is no "after" to compare.
 */
import './level1BeforeAfter.css';
import { useTranslation } from '../../i18n/index.ts';
import type { RuleSummary } from '../../content/netRulesSchema.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { selectLevel1, summariseLevel1, useStore } from '../../store/index.ts';
import { CheckIcon, ForwardIcon, ThinkIcon } from '../../ui/icons.tsx';

export function Level1BeforeAfter({ rules }: { rules: RuleSummary[] }) {
  const { t } = useTranslation('netRules');
  const level1 = useStore(selectLevel1);
  const summary = summariseLevel1(
    level1,
    rules.map((r) => r.id),
  );
  if (!summary.retaken || summary.total === 0) return null;
  const titles = new Map(rules.map((r) => [r.id, r]));
  const total = summary.total;
  return (
    <section className="nr-learned" aria-labelledby="level1-learned">
      <h3 id="level1-learned">{t('learned.title')}</h3>
      <p className="nr-learned-total">
        <span className="nr-learned-score">
          <span className="nr-learned-label">{t('learned.first')}</span>
          <span className="nr-learned-figure">{t('learned.score', { right: summary.first, total })}</span>
        </span>
        <ForwardIcon />
        <span className="nr-learned-score">
          <span className="nr-learned-label">{t('learned.latest')}</span>
          <span className="nr-learned-figure">{t('learned.score', { right: summary.latest, total })}</span>
        </span>
      </p>
      <table className="nr-learned-table">
        <caption className="visually-hidden">{t('learned.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('learned.rule')}</th>
            <th scope="col">{t('learned.first')}</th>
            <th scope="col">{t('learned.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => {
            const rule = titles.get(row.ruleId);
            return (
              <tr key={row.ruleId} className={!row.first && row.latest ? 'nr-learned-gain' : undefined}>
                <th scope="row" {...fallbackAttrs(rule?.untranslated ?? false)}>
                  {rule?.title}
                </th>
                <td>
                  <Mark right={row.first} />
                </td>
                <td>
                  <Mark right={row.latest} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Right or missed: a word, with a tick or a thought bubble beside it (never colour alone). */
function Mark({ right }: { right: boolean }) {
  const { t } = useTranslation('netRules');
  return (
    <span className={right ? 'nr-mark nr-mark-right' : 'nr-mark nr-mark-missed'}>
      {right ? <CheckIcon /> : <ThinkIcon />}
      {t(right ? 'learned.right' : 'learned.missed')}
    </span>
  );
}
