/**
 * "What should ___ do?": two big picture-and-word buttons. Either choice gets a kind reaction from Sango;
 * the silly one invites another try, and a hint is always one tap away. No timer, no score.
 * In classroom mode the class votes with a show of hands; the kind choice is marked only when the teacher
 * reveals it, and nothing is saved.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { Blocks, Inlines } from '../../content/render.tsx';
import { blockSentences, ReadableText } from '../../ui/readAloud/ReadableText.tsx';
import type { ChoiceOption } from '../../content/schema.ts';
import { useStore } from '../../store/index.ts';
import { Picture } from '../../ui/art/Picture.tsx';
import { Sango } from '../../ui/art/Sango.tsx';
import { m } from '../../ui/motion.ts';
import {
  AnswerTag,
  OptionLetter,
  RevealStatus,
  useClassroom,
  useLesson,
  VoteTally,
} from '../classroom/index.ts';
import type { Choice } from './choiceOrder.ts';

interface Props {
  /** The choice with its options already in the order this seat sees them (choiceInPlay). */
  step: Choice;
  storyId: string;
  chosen?: ChoiceOption;
  lang: string;
  /** The sentence read-aloud is on: the question's sentences first, then each option's label. */
  reading: number;
}

export function ChoiceStep({ step, storyId, chosen, lang, reading }: Props) {
  const { t } = useTranslation();
  const saveStory = useStore((s) => s.saveStory);
  const classroom = useClassroom();
  useLesson({ answers: 1 }); // the kind choice
  const [hintShown, setHintShown] = useState(false);
  const feedback = useRef<HTMLDivElement>(null);
  const choose = (id: string | null) => saveStory(storyId, { choice: id });
  const firstOption = blockSentences(step.question, lang).flat().length;
  // In class, the teacher drives: only a reveal shows the kind choice, whatever a child chose before.
  const shown = classroom.on ? (classroom.revealed ? step.options.find((o) => o.best) : undefined) : chosen;
  // After a tap, Sango's reaction (and the way on) must be on screen, not below the fold of a phone.
  const shownId = shown?.id;
  useEffect(() => {
    if (!shownId) return;
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    feedback.current?.scrollIntoView?.({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [shownId]);
  const optionClass = (i: number) =>
    reading === firstOption + i ? 'choice-option reading' : 'choice-option';
  const content = (o: ChoiceOption, i: number) => (
    <>
      <Picture {...o.picture} className="choice-picture" />
      <span className="choice-label">
        <OptionLetter index={i} />
        <Inlines nodes={o.label} />
      </span>
    </>
  );
  return (
    <div className={classroom.on ? 'choice classroom' : 'choice'}>
      <div className="choice-question">
        <Sango expression={shown ? shown.reactionSango : 'thinking'} className="choice-sango" />
        <div className="reader-text">
          <ReadableText blocks={step.question} lang={lang} current={reading} />
        </div>
      </div>
      {classroom.on ? (
        <ul className="choice-options" aria-label={t('storybook.chooseOne')}>
          {step.options.map((o, i) => (
            <li key={o.id} className={optionClass(i)} data-best={shown?.id === o.id || undefined}>
              {content(o, i)}
              {shown?.id === o.id && <AnswerTag kind="kindChoice" />}
            </li>
          ))}
        </ul>
      ) : (
        <div className="choice-options" role="group" aria-label={t('storybook.chooseOne')}>
          {step.options.map((o, i) => (
            <button
              key={o.id}
              type="button"
              className={optionClass(i)}
              aria-pressed={chosen?.id === o.id}
              onClick={() => choose(o.id)}
            >
              {content(o, i)}
            </button>
          ))}
        </div>
      )}
      {classroom.on && (
        <>
          <VoteTally
            options={step.options.map((o) => ({ id: o.id, label: <Inlines nodes={o.label} /> }))}
            lettered
          />
          <RevealStatus />
        </>
      )}
      <div className="choice-feedback" aria-live="polite" ref={feedback}>
        {shown ? (
          <m.div
            key={shown.id}
            className={shown.best ? 'reaction best' : 'reaction'}
            initial={{ scale: 0.9, opacity: 0 }}
            animate={{ scale: 1, opacity: 1 }}
          >
            <Blocks nodes={shown.reaction} />
            {!shown.best && (
              <button type="button" className="button primary" onClick={() => choose(null)}>
                {t('storybook.tryAgain')}
              </button>
            )}
          </m.div>
        ) : hintShown ? (
          <div className="hint">
            <Blocks nodes={step.hint} />
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setHintShown(true)}>
            {t('storybook.showHint')}
          </button>
        )}
      </div>
    </div>
  );
}
