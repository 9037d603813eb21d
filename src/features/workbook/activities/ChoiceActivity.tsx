/**
 * Choose one (type 'choice'): a scenario's options as big radio cards (native radios: arrow keys move
 * between them), then "Check my answers". Right: "Right", why, and what the exercise was about. Not right:
 * "Not this one", why, and the hint; the option stays marked and the child chooses again. No timer.
 */
import { useId, useRef, useState } from 'react';
import { Blocks, Inlines } from '../../../content/render.tsx';
import { useTranslation } from '../../../i18n/index.ts';
import {
  checkChoice,
  choiceFirstTry,
  choiceMark,
  initialChoiceState,
  isChoiceDone,
  selectOption,
} from './choiceLogic.ts';
import { Done, Hint, OpinionNote, Reveal, Verdict } from './pickParts.tsx';
import type { ActivityProps, WorksheetProps } from './types.ts';
import './pickActivities.css';

export function ChoiceActivity({ exercise, onComplete }: ActivityProps<'choice'>) {
  const { t } = useTranslation('workbook');
  const name = useId();
  const [state, setState] = useState(initialChoiceState);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const completed = useRef(false);
  const done = isChoiceDone(state);
  const checked = exercise.items.find((i) => i.id === state.checked);

  const check = () => {
    const next = checkChoice(exercise, state);
    setState(next);
    if (isChoiceDone(next) && !completed.current) {
      completed.current = true;
      // The button goes away: keep the keyboard where the news is.
      feedbackRef.current?.focus();
      onComplete({ firstTry: choiceFirstTry(next) });
    }
  };

  return (
    <div className="pick pick-choice">
      <OpinionNote opinion={exercise.opinion} />
      <div className="pick-grid" role="radiogroup" aria-label={exercise.title}>
        {exercise.items.map((item) => {
          const mark = choiceMark(state, item.id);
          const markId = `${name}-${item.id}`;
          return (
            <label key={item.id} className="pick-card" data-mark={mark ?? undefined}>
              <input
                type="radio"
                name={name}
                value={item.id}
                checked={state.selected === item.id}
                disabled={done}
                aria-describedby={mark ? markId : undefined}
                onChange={() => setState((s) => selectOption(s, item.id))}
              />
              <span className="pick-card-text">
                <Inlines nodes={item.label} />
              </span>
              {mark && <Verdict mark={mark} id={markId} />}
            </label>
          );
        })}
      </div>
      {!done && (
        <div className="pick-actions">
          <button type="button" className="button primary" disabled={state.selected === null} onClick={check}>
            {t('activity.check')}
          </button>
        </div>
      )}
      <div className="pick-feedback" aria-live="polite" tabIndex={-1} ref={feedbackRef}>
        {checked && state.outcome && (
          <Reveal
            key={state.checks}
            className={`pick-panel ${state.outcome === 'wrong' ? 'again' : 'right'}`}
          >
            {state.outcome !== 'opinion' && (
              <p className="pick-panel-title">
                <Verdict mark={state.outcome === 'right' ? 'right' : 'again'} />
                <span className="pick-panel-option">
                  <Inlines nodes={checked.label} />
                </span>
              </p>
            )}
            <Blocks nodes={checked.explain} />
            {state.outcome === 'wrong' ? (
              <Hint nodes={exercise.hint} />
            ) : (
              <Done feedback={exercise.feedback} opinion={exercise.opinion} />
            )}
          </Reveal>
        )}
      </div>
    </div>
  );
}

/** The paper version: the instructions and the options, each with an empty circle to tick. */
export function ChoiceWorksheet({ exercise }: WorksheetProps<'choice'>) {
  return (
    <div className="pick-sheet">
      <Blocks nodes={exercise.instructions} />
      <OpinionNote opinion={exercise.opinion} />
      <ul className="pick-sheet-list">
        {exercise.items.map((item) => (
          <li key={item.id}>
            <span className="pick-sheet-box round" aria-hidden="true" />
            <span>
              <Inlines nodes={item.label} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
