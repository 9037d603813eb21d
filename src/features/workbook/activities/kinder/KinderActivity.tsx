/**
 * Which message is kinder? (type 'kinder'): one round at a time, two messages as chat bubbles (in the seat's
 * own order, see kit/order.ts). Picking one shows why it is kinder, or how to say it better; a message that
 * is not the kinder one stays marked and the child picks again. "Next" moves to the next round; the activity
 * is done after the last round.
 */
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from '../../../../i18n/index.ts';
import { AnswerPanel } from '../kit/AnswerPanel.tsx';
import { MarkedLabel } from '../kit/Mark.tsx';
import { Feedback, OpinionNote } from '../kit/panels.tsx';
import { useAttempt } from '../kit/useAttempt.ts';
import { useOrderSeat } from '../kit/useOrderSeat.ts';
import type { ActivityProps } from '../types.ts';
import {
  initialKinderState,
  isLastRound,
  messageMark,
  nextRound,
  pickMessage,
  roundsInPlay,
} from './kinderLogic.ts';
import { RoundDots } from './RoundDots.tsx';
import './kinder.css';

export function KinderActivity({ exercise, onComplete }: ActivityProps<'kinder'>) {
  const { t } = useTranslation('workbook');
  const questionId = useId();
  const seat = useOrderSeat();
  const rounds = useMemo(() => roundsInPlay(exercise, seat), [exercise, seat]);
  const { state, update, check, root } = useAttempt(initialKinderState, {
    exercise,
    onComplete,
    speaks: false,
  });
  const questionRef = useRef<HTMLParagraphElement>(null);
  const round = rounds[state.round];
  const picked = round?.items.find((i) => i.id === state.picked);

  const goOn = () => {
    update(nextRound(rounds, state));
    // The "Next" button goes away with the round: the keyboard starts the new round at its question.
    questionRef.current?.focus();
  };

  if (!round) return null;
  return (
    <div className="act act-kinder" ref={root}>
      <OpinionNote opinion={exercise.opinion} />
      {rounds.length > 1 && <RoundDots rounds={rounds} at={state.round} solved={state.solved} />}
      <p className="pick-question" id={questionId} ref={questionRef} tabIndex={-1}>
        {t('activity.kinderQuestion')}
      </p>
      <div className="pick-bubbles" role="group" aria-labelledby={questionId}>
        {round.items.map((item, i) => {
          const verdict = messageMark(exercise, state, item.id);
          const markId = `${questionId}-${item.id}`;
          return (
            <button
              key={item.id}
              type="button"
              className="pick-bubble"
              data-mark={verdict ?? undefined}
              data-picked={state.solved && state.picked === item.id ? 'true' : undefined}
              aria-disabled={state.solved || undefined}
              aria-describedby={verdict ? markId : undefined}
              onClick={() => check(pickMessage(exercise, rounds, state, item.id))}
            >
              <MarkedLabel
                className="pick-bubble-text"
                item={item}
                verdict={verdict}
                markId={markId}
                index={i}
              />
            </button>
          );
        })}
      </div>
      <Feedback>
        {picked && (
          <AnswerPanel
            key={state.picks}
            exercise={exercise}
            verdict={messageMark(exercise, state, picked.id)}
            explain={picked.explain}
            done={state.done}
          />
        )}
      </Feedback>
      {state.solved && !isLastRound(rounds, state) && (
        <div className="act-actions">
          <button type="button" className="button primary" onClick={goOn}>
            {t('next')}
          </button>
        </div>
      )}
    </div>
  );
}
