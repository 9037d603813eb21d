/**
 * "What should ___ do?": two big picture-and-word buttons. Either choice gets a kind reaction from Sango;
 * the silly one invites another try, and a hint is always one tap away. No timer, no score.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { Blocks, Inlines } from '../../content/render.tsx';
import { blockSentences, ReadableText } from './ReadableText.tsx';
import type { ChoiceOption, StoryStep } from '../../content/schema.ts';
import { useStore } from '../../store/index.ts';
import { Picture } from '../../ui/art/Picture.tsx';
import { Sango } from '../../ui/art/Sango.tsx';
import { m } from '../../ui/motion.ts';

type Choice = Extract<StoryStep, { kind: 'choice' }>;

interface Props {
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
  const [hintShown, setHintShown] = useState(false);
  const choose = (id: string | null) => saveStory(storyId, { choice: id });
  const firstOption = blockSentences(step.question, lang).flat().length;
  return (
    <div className="choice">
      <div className="choice-question">
        <Sango expression={chosen ? chosen.reactionSango : 'thinking'} className="choice-sango" />
        <div className="reader-text">
          <ReadableText blocks={step.question} lang={lang} current={reading} />
        </div>
      </div>
      <div className="choice-options" role="group" aria-label={t('storybook.chooseOne')}>
        {step.options.map((o, i) => (
          <button
            key={o.id}
            type="button"
            className={reading === firstOption + i ? 'choice-option reading' : 'choice-option'}
            aria-pressed={chosen?.id === o.id}
            onClick={() => choose(o.id)}
          >
            <Picture {...o.picture} className="choice-picture" />
            <span className="choice-label">
              <Inlines nodes={o.label} />
            </span>
          </button>
        ))}
      </div>
      <div className="choice-feedback" aria-live="polite">
        {chosen ? (
          <m.div
            key={chosen.id}
            className={chosen.best ? 'reaction best' : 'reaction'}
            initial={{ scale: 0.9, opacity: 0 }}
            animate={{ scale: 1, opacity: 1 }}
          >
            <Blocks nodes={chosen.reaction} />
            {!chosen.best && (
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
