/**
 * Level 1: one quick question per rule, options shuffled, then the rules to explore first. In classroom mode
 * the teacher moves through the questions without answering (vote, then reveal) and no result is kept.
 */
import { useMemo, useState } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { RuleSummary } from '../../content/netRulesSchema.ts';
import { selectLevel1, summariseLevel1, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { PresenterNav, useClassroom, usePresenterKeys } from '../classroom/index.ts';
import { useFirstPaint } from '../../ui/firstPaint.ts';
import { QuestionView } from './QuestionView.tsx';
import { isRight, optionsInPlay, quickQuestions } from './scoring.ts';

export function QuickRound({
  locale,
  rules,
  seed,
}: {
  locale: AppLocale;
  rules: RuleSummary[];
  seed?: string;
}) {
  const { t } = useTranslation('netRules');
  const timer = useStore((s) => s.settings.timer);
  const finishQuickRound = useStore((s) => s.finishQuickRound);
  const level1 = useStore(selectLevel1);
  const classroom = useClassroom();
  const [roundSeed] = useState(() => seed ?? Math.random().toString(36).slice(2));
  // Opened cold, the first question is already on screen in the prerender's order, so it keeps that order; the
  // others are shuffled afresh for each visit.
  const firstPaint = useFirstPaint();
  const [firstSeed] = useState(() => (firstPaint ? (seed ?? 'prerendered') : roundSeed));
  const round = useMemo(() => quickQuestions(rules), [rules]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string | null>>({});
  const current = round[index];
  const done = index >= round.length;
  const missed = round.filter(({ question }) => !isRight(question, answers[question.id] ?? undefined));

  const next = () => {
    // Only a mark per rule is kept (right or not), never the option chosen.
    if (index + 1 >= round.length && !classroom.on)
      finishQuickRound(
        Object.fromEntries(
          round.map(({ rule, question }) => [rule.id, isRight(question, answers[question.id] ?? undefined)]),
        ),
      );
    setIndex(index + 1);
  };
  // The teacher's moves: no answer needed, and each question starts with its answer hidden.
  const move = (to: number) => {
    if (to < 0 || to > round.length) return;
    classroom.hide();
    setIndex(to);
  };
  usePresenterKeys({ next: () => move(index + 1), previous: () => move(index - 1) });
  const presenterNav = (
    <PresenterNav
      onPrevious={() => move(index - 1)}
      onNext={() => move(index + 1)}
      canPrevious={index > 0}
      canNext={!done}
    />
  );

  if (done && classroom.on) {
    return (
      <div className="page nr-page">
        <PageHeading>{t('level1.title')}</PageHeading>
        <p>{t('level1.exploreFirst')}</p>
        <ul className="explore-list">
          {round.map(({ rule }) => (
            <li key={rule.id}>
              <Link to={routePath({ name: 'net-rules', locale, path: [rule.id] })}>{rule.title}</Link>
            </li>
          ))}
        </ul>
        {presenterNav}
        <Link className="button" to={routePath({ name: 'net-rules', locale, path: [] })}>
          {t('rule.backToRules')}
        </Link>
      </div>
    );
  }
  if (done) {
    // Played before: the first time's score beside this one (the home shows it rule by rule).
    const before = summariseLevel1(
      level1,
      rules.map((r) => r.id),
    );
    return (
      <div className="page nr-page">
        <PageHeading>{t('level1.resultTitle')}</PageHeading>
        <p className="lead">
          {t('level1.score', { right: round.length - missed.length, total: round.length })}
        </p>
        {before.retaken && before.total > 0 && (
          <p>{t('level1.firstTime', { right: before.first, total: before.total })}</p>
        )}
        {missed.length === 0 ? (
          <p>{t('level1.allRight')}</p>
        ) : (
          <>
            <p>{t('level1.exploreFirst')}</p>
            <ul className="explore-list">
              {missed.map(({ rule }) => (
                <li key={rule.id}>
                  <Link to={routePath({ name: 'net-rules', locale, path: [rule.id] })}>{rule.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <Link className="button primary" to={routePath({ name: 'net-rules', locale, path: [] })}>
          {t('rule.backToRules')}
        </Link>
      </div>
    );
  }
  if (!current) return null;
  const answer = answers[current.question.id];
  return (
    <div className="page nr-page">
      <p className="kicker">{t('level1.progress', { current: index + 1, total: round.length })}</p>
      <PageHeading>{t('level1.title')}</PageHeading>
      <div {...fallbackAttrs(current.rule.untranslated)}>
        <p className="nr-rule-name">{current.rule.title}</p>
        <QuestionView
          key={current.question.id}
          question={current.question}
          options={optionsInPlay(current.question, index === 0 ? firstSeed : roundSeed)}
          answer={answer}
          onAnswer={(id) => setAnswers({ ...answers, [current.question.id]: id })}
          timer={timer}
        />
      </div>
      {classroom.on
        ? presenterNav
        : answer !== undefined && (
            <button type="button" className="button primary" onClick={next}>
              {index + 1 >= round.length ? t('rule.finish') : t('rule.next')}
            </button>
          )}
    </div>
  );
}
