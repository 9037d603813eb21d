/**
 * Choose all that fit (type 'multi'): checkbox cards in the seat's own order (kit/order.ts), then "Check my
 * answers". Each ticked card says "Correct" or "Not this one" with why; a right answer left unticked is
 * counted, not shown ("1 answer is not right yet"), so the child looks again. Cards found right stay ticked;
 * done when exactly the right ones are.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from '../../../../i18n/index.ts';
import { CheckButton } from '../kit/cards.tsx';
import { MarkedLabel } from '../kit/Mark.tsx';
import { Explain, Feedback, OpinionNote, Outcome } from '../kit/panels.tsx';
import { inPlay } from '../kit/order.ts';
import { useAttempt } from '../kit/useAttempt.ts';
import { useOrderSeat } from '../kit/useOrderSeat.ts';
import type { ActivityProps } from '../types.ts';
import { checkMulti, initialMultiState, isLocked, toggleOption } from './multiLogic.ts';
import '../kit/options.css';

export function MultiActivity({ exercise, onComplete }: ActivityProps<'multi'>) {
  const { t } = useTranslation('workbook');
  const idBase = useId();
  const { state, update, check, root } = useAttempt(initialMultiState, {
    exercise,
    onComplete,
    speaks: false,
  });
  const seat = useOrderSeat();
  const options = useMemo(() => inPlay(exercise.id, exercise.items, seat), [exercise, seat]);

  return (
    <div className="act act-multi" ref={root}>
      <OpinionNote opinion={exercise.opinion} />
      <fieldset className="pick-fieldset">
        <legend className="pick-prompt">{t('activity.selectAll')}</legend>
        <ul className="pick-options">
          {options.map((item, i) => {
            const verdict = exercise.opinion ? null : (state.marks[item.id] ?? null);
            const ticked = state.selected.includes(item.id);
            const explained = exercise.opinion ? state.done && ticked : verdict !== null;
            const explainId = `${idBase}-${item.id}-why`;
            const markId = `${idBase}-${item.id}-mark`;
            // The option keeps its name; its mark and its why are read as its description.
            const describedBy = [verdict && markId, explained && item.explain.length > 0 && explainId];
            return (
              <li key={item.id} className="pick-option">
                <label className="pick-card" data-mark={verdict ?? undefined}>
                  <input
                    type="checkbox"
                    checked={ticked}
                    disabled={isLocked(state, item.id)}
                    aria-describedby={describedBy.filter(Boolean).join(' ') || undefined}
                    onChange={() => update(toggleOption(state, item.id))}
                  />
                  <MarkedLabel
                    className="pick-card-text"
                    item={item}
                    verdict={verdict}
                    markId={markId}
                    index={i}
                  />
                </label>
                {explained && <Explain nodes={item.explain} verdict={verdict} id={explainId} />}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {!state.done && (
        <CheckButton
          disabled={state.selected.length === 0}
          onClick={() => check(checkMulti(exercise, state))}
        />
      )}
      <Feedback takesFocus>
        <Outcome exercise={exercise} state={state} revealKey={state.checks} />
      </Feedback>
    </div>
  );
}
