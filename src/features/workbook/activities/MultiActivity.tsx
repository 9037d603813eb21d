/**
 * Choose all that fit (type 'multi'): checkbox cards, then "Check my answers". Each ticked card says
 * "Right" or "Not this one" with why; a right answer left unticked is counted, not shown ("1 answer is not
 * right yet"), so the child looks again. Cards found right stay ticked; done when exactly the right ones are.
 */
import { useId, useRef, useState } from 'react';
import { Blocks, Inlines } from '../../../content/render.tsx';
import { useTranslation } from '../../../i18n/index.ts';
import { checkMulti, initialMultiState, isLocked, multiFirstTry, toggleOption } from './multiLogic.ts';
import { Done, Explain, Hint, MarkIcon, OpinionNote, Reveal, Verdict } from './pickParts.tsx';
import type { ActivityProps, WorksheetProps } from './types.ts';
import './pickActivities.css';

export function MultiActivity({ exercise, onComplete }: ActivityProps<'multi'>) {
  const { t } = useTranslation('workbook');
  const idBase = useId();
  const [state, setState] = useState(initialMultiState);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const completed = useRef(false);

  const check = () => {
    const next = checkMulti(exercise, state);
    setState(next);
    if (next.done && !completed.current) {
      completed.current = true;
      feedbackRef.current?.focus();
      onComplete({ firstTry: multiFirstTry(next) });
    }
  };

  return (
    <div className="pick pick-multi">
      <OpinionNote opinion={exercise.opinion} />
      <fieldset className="pick-fieldset">
        <legend className="pick-prompt">{t('activity.selectAll')}</legend>
        <ul className="pick-grid">
          {exercise.items.map((item) => {
            const mark = exercise.opinion ? null : (state.marks[item.id] ?? null);
            const ticked = state.selected.includes(item.id);
            const explained = exercise.opinion ? state.done && ticked : mark !== null;
            const explainId = `${idBase}-${item.id}-why`;
            const markId = `${idBase}-${item.id}-mark`;
            const describedBy = [mark && markId, explained && item.explain.length > 0 && explainId].filter(
              Boolean,
            );
            return (
              <li key={item.id} className="pick-option">
                <label className="pick-card" data-mark={mark ?? undefined}>
                  <input
                    type="checkbox"
                    checked={ticked}
                    disabled={isLocked(state, item.id)}
                    aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
                    onChange={() => setState((s) => toggleOption(s, item.id))}
                  />
                  <span className="pick-card-text">
                    <Inlines nodes={item.label} />
                  </span>
                  {mark && <Verdict mark={mark} id={markId} />}
                </label>
                {explained && <Explain nodes={item.explain} mark={mark} id={explainId} />}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {!state.done && (
        <div className="pick-actions">
          <button
            type="button"
            className="button primary"
            disabled={state.selected.length === 0}
            onClick={check}
          >
            {t('activity.check')}
          </button>
        </div>
      )}
      <div className="pick-feedback" aria-live="polite" tabIndex={-1} ref={feedbackRef}>
        {state.done ? (
          <Reveal key="done" className="pick-panel right">
            <Done feedback={exercise.feedback} opinion={exercise.opinion} allRight />
          </Reveal>
        ) : state.wrong !== null ? (
          <Reveal key={state.checks} className="pick-panel again">
            <p className="pick-panel-title">
              <MarkIcon mark="again" />
              <span>{t('activity.someWrong', { count: state.wrong })}</span>
            </p>
            <Hint nodes={exercise.hint} />
          </Reveal>
        ) : null}
      </div>
    </div>
  );
}

/** The paper version: the instructions and every option with an empty box to tick. */
export function MultiWorksheet({ exercise }: WorksheetProps<'multi'>) {
  return (
    <div className="pick-sheet">
      <Blocks nodes={exercise.instructions} />
      <OpinionNote opinion={exercise.opinion} />
      <ul className="pick-sheet-list">
        {exercise.items.map((item) => (
          <li key={item.id}>
            <span className="pick-sheet-box" aria-hidden="true" />
            <span>
              <Inlines nodes={item.label} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
