/**
 * Choose one (type 'choice'): a scenario's options as big radio cards, in the seat's own order (kit/order.ts;
 * native radios: arrow keys move between them), then "Check my answers". Right: "Correct", why, and what the
 * exercise was about. Not right: "Not this one", why, and the hint; the option stays marked and the child
 * chooses again. No timer.
 */
import { useId, useMemo } from 'react';
import { AnswerPanel } from '../kit/AnswerPanel.tsx';
import { CheckButton } from '../kit/cards.tsx';
import { MarkedLabel } from '../kit/Mark.tsx';
import { Feedback, OpinionNote } from '../kit/panels.tsx';
import { inPlay } from '../kit/order.ts';
import { useAttempt } from '../kit/useAttempt.ts';
import { useOrderSeat } from '../kit/useOrderSeat.ts';
import type { ActivityProps } from '../types.ts';
import { checkChoice, choiceMark, initialChoiceState, selectOption } from './choiceLogic.ts';
import '../kit/options.css';

export function ChoiceActivity({ exercise, onComplete }: ActivityProps<'choice'>) {
  const name = useId();
  const { state, update, check, root } = useAttempt(initialChoiceState, {
    exercise,
    onComplete,
    speaks: false,
  });
  const seat = useOrderSeat();
  const options = useMemo(() => inPlay(exercise.id, exercise.items, seat), [exercise, seat]);
  const checked = exercise.items.find((i) => i.id === state.checked);

  return (
    <div className="act act-choice" ref={root}>
      <OpinionNote opinion={exercise.opinion} />
      <div className="pick-options" role="radiogroup" aria-label={exercise.title}>
        {options.map((item, i) => {
          const verdict = choiceMark(state, item.id);
          const markId = `${name}-${item.id}`;
          return (
            <label key={item.id} className="pick-card" data-mark={verdict ?? undefined}>
              <input
                type="radio"
                name={name}
                value={item.id}
                checked={state.selected === item.id}
                disabled={state.done}
                aria-describedby={verdict ? markId : undefined}
                onChange={() => update(selectOption(state, item.id))}
              />
              <MarkedLabel
                className="pick-card-text"
                item={item}
                verdict={verdict}
                markId={markId}
                index={i}
              />
            </label>
          );
        })}
      </div>
      {!state.done && (
        <CheckButton disabled={state.selected === null} onClick={() => check(checkChoice(exercise, state))} />
      )}
      <Feedback takesFocus>
        {checked && state.outcome && (
          <AnswerPanel
            key={state.checks}
            exercise={exercise}
            verdict={state.outcome === 'opinion' ? null : state.outcome === 'right' ? 'right' : 'again'}
            label={checked.label}
            explain={checked.explain}
            done={state.done}
          />
        )}
      </Feedback>
    </div>
  );
}
