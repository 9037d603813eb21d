/**
 * Level 2, one rule: swipe through the explainer, answer its questions, earn its badge, see what to do next.
 * In classroom mode the teacher walks the class through the same steps, one at a time, without answering:
 * no score, no badge.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { Blocks } from '../../content/render.tsx';
import type { Rule } from '../../content/netRulesSchema.ts';
import { own, selectRules, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { m } from '../../ui/motion.ts';
import { routePath } from '../../routing/routes.ts';
import { PresenterNav, useClassroom, usePresenterKeys } from '../classroom/index.ts';
import { Badge } from './Badge.tsx';
import { CardDeck } from './CardDeck.tsx';
import { QuestionView } from './QuestionView.tsx';
import { isRight, neededForBadge, optionsInPlay, scoreRound } from './scoring.ts';
import { HelpNudge } from '../../ui/HelpNudge.tsx';

type Phase = 'cards' | 'questions' | 'result';

/**
 * Choose-all, chat and order questions are played by the workbook's activity kit, which a teen reading a rule's
 * cards does not need yet: it is its own chunk, asked for as soon as a rule opens (loadTaskQuestion), so it is
 * there by the first question, online or off (it is precached like every chunk).
 */
const loadTaskQuestion = () => import('./TaskQuestion.tsx');
const TaskQuestion = lazy(() => loadTaskQuestion().then((m) => ({ default: m.TaskQuestion })));
type Props = { locale: AppLocale; rule: Rule; index: number; seed?: string };

export function RulePage(props: Props) {
  useEffect(() => void loadTaskQuestion(), []);
  return useClassroom().on ? <ClassroomRule {...props} /> : <RuleRound {...props} />;
}

function RuleRound(props: Props) {
  const { locale, rule, index } = props;
  const { t } = useTranslation('netRules');
  const timer = useStore((s) => s.settings.timer);
  const finishRule = useStore((s) => s.finishRule);
  const progress = own(useStore(selectRules), rule.id);
  const [phase, setPhase] = useState<Phase>('cards');
  const [round, setRound] = useState(0);
  const [q, setQ] = useState(0);
  // Each question answered so far: the option chosen (choice questions) and whether it was right first time.
  const [answers, setAnswers] = useState<Record<string, { chosen?: string | null; right: boolean }>>({});
  // A fresh seed per visit (useState's initialiser runs once), and a new order for every retry.
  const [baseSeed] = useState(() => props.seed ?? Math.random().toString(36).slice(2));
  const roundSeed = `${baseSeed}:${round}`;
  const question = rule.questions[q];
  const total = rule.questions.length;
  const result = scoreRound(
    rule.questions,
    Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.right])),
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
          {question.type === 'choice' ? (
            <QuestionView
              key={`${round}:${question.id}`}
              question={question}
              options={optionsInPlay(question, roundSeed)}
              answer={answers[question.id]?.chosen}
              onAnswer={(id) =>
                setAnswers({
                  ...answers,
                  [question.id]: { chosen: id, right: isRight(question, id ?? undefined) },
                })
              }
              timer={timer}
            />
          ) : (
            <Suspense fallback={null}>
              <TaskQuestion
                key={`${round}:${question.id}`}
                question={question}
                onDone={(right) => setAnswers((a) => ({ ...a, [question.id]: { right } }))}
              />
            </Suspense>
          )}
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
          <HelpNudge locale={locale} tier="net-rules" />
        </section>
      )}
      <BackToRules locale={locale} />
    </article>
  );
}

/** The rule as a lesson: each explainer card, then each question (vote, then reveal), then what to do next. */
function ClassroomRule({ locale, rule, index, seed }: Props) {
  const { t } = useTranslation('netRules');
  const { hide } = useClassroom();
  const [roundSeed] = useState(() => `${seed ?? Math.random().toString(36).slice(2)}:0`);
  const [slide, setSlide] = useState(0);
  const cards = rule.cards.length;
  const total = rule.questions.length;
  const last = cards + total; // "what to do next"
  const go = (to: number) => {
    if (to < 0 || to > last) return;
    hide(); // a new question starts with its answer hidden
    setSlide(to);
  };
  usePresenterKeys({ next: () => go(slide + 1), previous: () => go(slide - 1) });
  const card = rule.cards[slide];
  const question = slide >= cards ? rule.questions[slide - cards] : undefined;
  const position = card
    ? t('rule.card', { current: slide + 1, total: cards })
    : question
      ? t('rule.question', { current: slide - cards + 1, total })
      : t('rule.whatNext');
  return (
    <article className="page nr-page rule-page classroom" {...fallbackAttrs(rule.untranslated)}>
      <p className="kicker">{t('rule.number', { number: index + 1 })}</p>
      <PageHeading>{rule.title}</PageHeading>
      <p className="lead">{rule.short}</p>
      <m.div key={slide} className="classroom-slide" initial={{ opacity: 0 }} animate={{ opacity: 1 }}>
        {card && (
          <section className="deck-card" aria-label={position}>
            <h2>{card.title}</h2>
            <Blocks nodes={card.body} />
          </section>
        )}
        {question && (
          <section aria-label={position}>
            <p className="kicker">{position}</p>
            {question.type === 'choice' ? (
              <QuestionView
                question={question}
                options={optionsInPlay(question, roundSeed)}
                answer={undefined}
                onAnswer={() => undefined}
                timer={null}
              />
            ) : (
              // The class works it out together on the board: the activity is the reveal.
              <Suspense fallback={null}>
                <TaskQuestion key={question.id} question={question} onDone={() => undefined} />
              </Suspense>
            )}
          </section>
        )}
        {slide === last && (
          <section className="what-next" aria-label={t('rule.whatNext')}>
            <Blocks nodes={rule.next} />
            <HelpNudge locale={locale} tier="net-rules" />
          </section>
        )}
      </m.div>
      <PresenterNav
        onPrevious={() => go(slide - 1)}
        onNext={() => go(slide + 1)}
        canPrevious={slide > 0}
        canNext={slide < last}
        position={position}
      />
      <BackToRules locale={locale} />
    </article>
  );
}

function BackToRules({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation('netRules');
  return (
    <p>
      <Link className="standalone" to={routePath({ name: 'net-rules', locale, path: [] })}>
        {t('rule.backToRules')}
      </Link>
    </p>
  );
}
