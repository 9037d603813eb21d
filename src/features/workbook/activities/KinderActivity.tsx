/**
 * Which message is kinder? (type 'kinder'): one round at a time, two messages as chat bubbles. Picking one
 * shows why it is kinder, or how to say it better; a message that is not the kinder one stays marked and
 * the child picks again. "Next" moves to the next round; the activity is done after the last round.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { Blocks, Inlines } from '../../../content/render.tsx';
import { useTranslation } from '../../../i18n/index.ts';
import {
  initialKinderState,
  isKinderDone,
  isLastRound,
  kinderFirstTry,
  kinderRounds,
  messageMark,
  nextRound,
  pickMessage,
} from './kinderLogic.ts';
import { Done, Hint, OpinionNote, Reveal, Verdict } from './pickParts.tsx';
import type { ActivityProps, WorksheetProps } from './types.ts';
import './pickActivities.css';

export function KinderActivity({ exercise, onComplete }: ActivityProps<'kinder'>) {
  const { t } = useTranslation('workbook');
  const questionId = useId();
  const rounds = useMemo(() => kinderRounds(exercise.items), [exercise.items]);
  const [state, setState] = useState(initialKinderState);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const completed = useRef(false);
  const round = rounds[state.round];
  const picked = round?.items.find((i) => i.id === state.picked);
  const done = isKinderDone(rounds, state);

  const pick = (id: string) => {
    const next = pickMessage(exercise, rounds, state, id);
    if (next === state) return;
    setState(next);
    if (isKinderDone(rounds, next) && !completed.current) {
      completed.current = true;
      onComplete({ firstTry: kinderFirstTry(next) });
    }
  };

  const goOn = () => {
    setState((s) => nextRound(rounds, s));
    // The "Next" button goes away with the round: the keyboard starts the new round at its question.
    questionRef.current?.focus();
  };

  if (!round) return null;
  const mark = picked ? messageMark(exercise, state, picked.id) : null;
  return (
    <div className="pick pick-kinder">
      <OpinionNote opinion={exercise.opinion} />
      {rounds.length > 1 && (
        <ol className="pick-rounds" aria-hidden="true">
          {rounds.map((r, i) => (
            <li
              key={r.id}
              className={
                i < state.round || (i === state.round && state.solved)
                  ? 'pick-round-dot solved'
                  : i === state.round
                    ? 'pick-round-dot current'
                    : 'pick-round-dot'
              }
            />
          ))}
        </ol>
      )}
      <p className="pick-question" id={questionId} ref={questionRef} tabIndex={-1}>
        {t('activity.kinderQuestion')}
      </p>
      <div className="pick-bubbles" role="group" aria-labelledby={questionId}>
        {round.items.map((item) => {
          const itemMark = messageMark(exercise, state, item.id);
          const markId = `${questionId}-${item.id}`;
          return (
            <button
              key={item.id}
              type="button"
              className="pick-bubble"
              data-mark={itemMark ?? undefined}
              data-picked={state.solved && state.picked === item.id ? 'true' : undefined}
              aria-disabled={state.solved || undefined}
              aria-describedby={itemMark ? markId : undefined}
              onClick={() => pick(item.id)}
            >
              <span className="pick-bubble-text">
                <Inlines nodes={item.label} />
              </span>
              {itemMark && <Verdict mark={itemMark} id={markId} />}
            </button>
          );
        })}
      </div>
      <div className="pick-feedback" aria-live="polite">
        {picked && (
          <Reveal key={state.picks} className={`pick-panel ${mark === 'again' ? 'again' : 'right'}`}>
            {mark && (
              <p className="pick-panel-title">
                <Verdict mark={mark} />
              </p>
            )}
            <Blocks nodes={picked.explain} />
            {mark === 'again' && <Hint nodes={exercise.hint} />}
            {done && <Done feedback={exercise.feedback} opinion={exercise.opinion} />}
          </Reveal>
        )}
      </div>
      {state.solved && !isLastRound(rounds, state) && (
        <div className="pick-actions">
          <button type="button" className="button primary" onClick={goOn}>
            {t('next')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The paper version: the instructions and each pair of messages, with a box to tick the kinder one. */
export function KinderWorksheet({ exercise }: WorksheetProps<'kinder'>) {
  const { t } = useTranslation('workbook');
  const rounds = kinderRounds(exercise.items);
  return (
    <div className="pick-sheet">
      <Blocks nodes={exercise.instructions} />
      <OpinionNote opinion={exercise.opinion} />
      <ol className="pick-sheet-rounds">
        {rounds.map((round) => (
          <li key={round.id} className="pick-sheet-round">
            <p className="pick-sheet-question">{t('activity.kinderQuestion')}</p>
            <ul className="pick-sheet-list">
              {round.items.map((item) => (
                <li key={item.id}>
                  <span className="pick-sheet-box" aria-hidden="true" />
                  <span className="pick-sheet-bubble">
                    <Inlines nodes={item.label} />
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
