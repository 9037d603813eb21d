/**
 * One scenario question. After an answer every option shows why it helps or why it does not, so a wrong
 * answer still teaches. Buttons stay focusable after answering (aria-disabled), so keyboard users keep
 * their place. An optional timer (off by default) reveals the answer when it runs out.
 * In classroom mode nobody answers on screen: the class votes, and the teacher's reveal marks the best
 * option and shows every explanation.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { Blocks, Inlines } from '../../content/render.tsx';
import type { ChoiceQuestion, RuleOption } from '../../content/netRulesSchema.ts';
import { m } from '../../ui/motion.ts';
import {
  OptionLetter,
  RevealStatus,
  useClassroom,
  useLesson,
  useRevealScroll,
  VoteTally,
} from '../classroom/index.ts';

interface Props {
  question: ChoiceQuestion;
  options: RuleOption[];
  /** The chosen option id; null when the time ran out; undefined while unanswered. */
  answer: string | null | undefined;
  onAnswer: (optionId: string | null) => void;
  timer: number | null;
}

export function QuestionView({ question, options, answer, onAnswer, timer }: Props) {
  const { t } = useTranslation('netRules');
  const classroom = useClassroom();
  useLesson({ answers: 1 }); // the best option, with every option's why
  const answered = classroom.on ? classroom.revealed : answer !== undefined;
  // On the projector, the revealed best option comes into view, clear of the teacher's bar.
  const best = useRef<HTMLLIElement>(null);
  useRevealScroll(best, classroom.on && classroom.revealed);
  return (
    <div className={classroom.on ? 'question classroom' : 'question'}>
      <div className="question-prompt">
        <Blocks nodes={question.prompt} />
      </div>
      {timer !== null && !answered && !classroom.on && (
        <Countdown key={question.id} seconds={timer} onTimeUp={() => onAnswer(null)} />
      )}
      {answer === null && !classroom.on && <p className="time-up">{t('answer.timeUp')}</p>}
      <ul className="options">
        {options.map((o, i) => {
          const chosen = !classroom.on && answer === o.id;
          const state = !answered ? '' : o.correct ? ' helps' : chosen ? ' chosen-wrong' : ' other';
          return (
            <li key={o.id} className={`option${state}`} ref={o.correct ? best : undefined}>
              {classroom.on ? (
                <p className="option-button">
                  <OptionLetter index={i} />
                  <span>
                    <Inlines nodes={o.label} />
                  </span>
                </p>
              ) : (
                <button
                  type="button"
                  className="option-button"
                  aria-disabled={answered}
                  aria-pressed={chosen}
                  onClick={() => !answered && onAnswer(o.id)}
                >
                  <Inlines nodes={o.label} />
                </button>
              )}
              {answered && (
                <m.div
                  className="option-why"
                  initial={{ opacity: 0, y: -6 }}
                  animate={{ opacity: 1, y: 0 }}
                  transition={{ duration: 0.2 }}
                >
                  <p className="option-verdict">
                    {chosen && <span className="tag">{t('answer.yourAnswer')}</span>}
                    {classroom.on && o.correct && <span className="tag">{t('answer.bestAnswer')}</span>}
                    {o.correct ? t('answer.helps') : t('answer.doesNotHelp')}
                  </p>
                  <Blocks nodes={o.explain} />
                </m.div>
              )}
            </li>
          );
        })}
      </ul>
      {classroom.on && (
        <>
          <VoteTally
            options={options.map((o) => ({ id: o.id, label: <Inlines nodes={o.label} /> }))}
            lettered
          />
          <RevealStatus />
        </>
      )}
    </div>
  );
}

/** A visible countdown; only ever shown when a grown-up or the teen turned timed mode on. */
function Countdown({ seconds, onTimeUp }: { seconds: number; onTimeUp: () => void }) {
  const { t } = useTranslation('netRules');
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const id = window.setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => window.clearInterval(id);
  }, []);
  useEffect(() => {
    if (left === 0) onTimeUp();
  }, [left, onTimeUp]);
  return (
    <div className="countdown" role="timer" aria-live="off">
      <div className="countdown-bar" style={{ inlineSize: `${(100 * left) / seconds}%` }} />
      <span>{t('timer.left', { count: left })}</span>
    </div>
  );
}
