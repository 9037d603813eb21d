/** Level 2, one rule: swipe through the explainer, answer its questions, earn its badge, see what to do next. */
import { useState } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { Blocks } from '../../content/render.tsx';
import type { Rule } from '../../content/netRulesSchema.ts';
import { selectRules, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { m } from '../../ui/motion.ts';
import { routePath } from '../../ui/routes.ts';
import { Badge } from './Badge.tsx';
import { CardDeck } from './CardDeck.tsx';
import { QuestionView } from './QuestionView.tsx';
import { neededForBadge, optionsInPlay, scoreRound } from './scoring.ts';

type Phase = 'cards' | 'questions' | 'result';

export function RulePage(props: { locale: AppLocale; rule: Rule; index: number; seed?: string }) {
  const { locale, rule, index } = props;
  const { t } = useTranslation('netRules');
  const timer = useStore((s) => s.settings.timer);
  const finishRule = useStore((s) => s.finishRule);
  const progress = useStore(selectRules)[rule.id];
  const [phase, setPhase] = useState<Phase>('cards');
  const [round, setRound] = useState(0);
  const [q, setQ] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string | null>>({});
  // A fresh seed per visit (useState's initialiser runs once), and a new order for every retry.
  const [baseSeed] = useState(() => props.seed ?? Math.random().toString(36).slice(2));
  const roundSeed = `${baseSeed}:${round}`;
  const question = rule.questions[q];
  const total = rule.questions.length;
  const result = scoreRound(
    rule.questions,
    Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v ?? undefined])),
  );

  const nextQuestion = () => {
    if (q + 1 < total) return setQ(q + 1);
    finishRule(rule.id, result.share, result.badge);
    setPhase('result');
  };
  const retry = () => {
    setAnswers({});
    setQ(0);
    setRound(round + 1);
    setPhase('questions');
  };

  return (
    <article className="page nr-page rule-page" {...fallbackAttrs(rule.untranslated)}>
      <p className="kicker">{t('rule.number', { number: index + 1 })}</p>
      <PageHeading>{rule.title}</PageHeading>
      <p className="lead">{rule.short}</p>
      {phase === 'cards' && (
        <>
          <CardDeck cards={rule.cards} />
          <button type="button" className="button primary" onClick={() => setPhase('questions')}>
            {t('rule.startQuestions')}
          </button>
        </>
      )}
      {phase === 'questions' && question && (
        <section aria-label={t('rule.question', { current: q + 1, total })}>
          <p className="kicker">{t('rule.question', { current: q + 1, total })}</p>
          <QuestionView
            key={`${round}:${question.id}`}
            question={question}
            options={optionsInPlay(question, roundSeed)}
            answer={answers[question.id]}
            onAnswer={(id) => setAnswers({ ...answers, [question.id]: id })}
            timer={timer}
          />
          {answers[question.id] !== undefined && (
            <button type="button" className="button primary" onClick={nextQuestion}>
              {q + 1 < total ? t('rule.next') : t('rule.finish')}
            </button>
          )}
        </section>
      )}
      {phase === 'result' && (
        <section className="rule-result" aria-live="polite">
          <m.div
            className="rule-badge"
            initial={result.badge ? { scale: 0.4, rotate: -20, opacity: 0 } : false}
            animate={{ scale: 1, rotate: 0, opacity: 1 }}
            transition={{ type: 'spring', stiffness: 240, damping: 16 }}
          >
            <Badge
              index={index}
              earned={progress?.badge ?? result.badge}
              label={t(progress?.badge || result.badge ? 'badge.earned' : 'badge.notYet', {
                rule: rule.title,
              })}
              size={120}
            />
          </m.div>
          <p className="lead">{t('rule.result', { right: result.right, total })}</p>
          {result.badge ? (
            <p className="badge-earned">{t('rule.badgeEarned')}</p>
          ) : (
            <p>
              {t('rule.badgeNeeds', {
                needed: neededForBadge(total),
                total,
                best: Math.round((progress?.best ?? result.share) * total),
              })}
            </p>
          )}
          <button type="button" className="button" onClick={retry}>
            {t('rule.retry')}
          </button>
        </section>
      )}
      {phase !== 'questions' && (
        <section className="what-next" aria-label={t('rule.whatNext')}>
          <Blocks nodes={rule.next} />
        </section>
      )}
      <p>
        <Link to={routePath({ name: 'net-rules', locale, path: [] })}>{t('rule.backToRules')}</Link>
      </p>
    </article>
  );
}
