/**
 * True or false? (type 'true-false'): the statements in the seat's own order (kit/order.ts), each with "True"
 * and "False" (a radio group per statement; always in that order, a scale, not a clue). An answer is judged
 * at once, with why. A statement answered right is settled; one that is not right can be answered again, with
 * the hint below. Done when every statement is right.
 */
import { useId, useMemo } from 'react';
import { Inlines } from '../../../../content/render.tsx';
import { useTranslation } from '../../../../i18n/index.ts';
import { OptionLetter } from '../../../classroom/index.ts';
import { Mark } from '../kit/Mark.tsx';
import { Explain, Feedback, OpinionNote, Outcome, Reveal } from '../kit/panels.tsx';
import { inPlay } from '../kit/order.ts';
import { useAttempt } from '../kit/useAttempt.ts';
import { useOrderSeat } from '../kit/useOrderSeat.ts';
import type { ActivityProps } from '../types.ts';
import { answerStatement, initialTrueFalseState, statementStatus } from './trueFalseLogic.ts';
import './trueFalse.css';

export function TrueFalseActivity({ exercise, onComplete }: ActivityProps<'true-false'>) {
  const { t } = useTranslation('workbook');
  const idBase = useId();
  // Each answer is its own check; focus stays on the answer given (there is no check button to lose).
  const { state, check, root } = useAttempt(initialTrueFalseState, { exercise, onComplete, speaks: false });
  const seat = useOrderSeat();
  const statements = useMemo(() => inPlay(exercise.id, exercise.items, seat), [exercise, seat]);

  return (
    <div className="act act-true-false" ref={root}>
      <OpinionNote opinion={exercise.opinion} />
      <ol className="pick-statements">
        {statements.map((item, i) => {
          const status = statementStatus(exercise, state, item);
          const verdict = status === 'right' ? 'right' : status === 'again' ? 'again' : null;
          const given = state.answers[item.id];
          const textId = `${idBase}-${item.id}`;
          // Once right, the other answer is off: arrow keys cannot undo a right answer by accident.
          const settled = status === 'right' || state.done;
          return (
            <li key={item.id} className="pick-statement" data-mark={verdict ?? undefined}>
              <p className="pick-statement-text" id={textId}>
                <OptionLetter index={i} />
                <span>
                  <Inlines nodes={item.label} />
                </span>
              </p>
              <div className="pick-tf" role="radiogroup" aria-labelledby={textId}>
                {([true, false] as const).map((value) => (
                  <label key={String(value)} className="pick-pill">
                    <input
                      type="radio"
                      name={textId}
                      value={String(value)}
                      checked={given === value}
                      disabled={settled && given !== value}
                      onChange={() => check(answerStatement(exercise, state, item.id, value))}
                    />
                    <span>{value ? t('activity.true') : t('activity.false')}</span>
                  </label>
                ))}
              </div>
              <div className="pick-statement-feedback" aria-live="polite">
                {given !== undefined && (
                  <Reveal key={String(given)} className="pick-statement-result">
                    {verdict && <Mark verdict={verdict} />}
                    <Explain nodes={item.explain} verdict={verdict} />
                  </Reveal>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <Feedback>
        <Outcome exercise={exercise} state={state} />
      </Feedback>
    </div>
  );
}
