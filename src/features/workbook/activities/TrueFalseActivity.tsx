/**
 * True or false? (type 'true-false'): each statement has "True" and "False" (a radio group per statement).
 * An answer is judged at once, with why. A statement answered right is settled; one that is not right can be
 * answered again, with the hint below. Done when every statement is right.
 */
import { useId, useRef, useState } from 'react';
import { Blocks, Inlines } from '../../../content/render.tsx';
import { useTranslation } from '../../../i18n/index.ts';
import {
  answerStatement,
  initialTrueFalseState,
  isTrueFalseDone,
  statementStatus,
  trueFalseFirstTry,
  wrongCount,
} from './trueFalseLogic.ts';
import { Done, Explain, Hint, MarkIcon, OpinionNote, Reveal, Verdict } from './pickParts.tsx';
import type { ActivityProps, WorksheetProps } from './types.ts';
import './pickActivities.css';

export function TrueFalseActivity({ exercise, onComplete }: ActivityProps<'true-false'>) {
  const { t } = useTranslation('workbook');
  const idBase = useId();
  const [state, setState] = useState(initialTrueFalseState);
  const completed = useRef(false);
  const done = isTrueFalseDone(exercise, state);
  const wrong = wrongCount(exercise, state);

  const answer = (id: string, value: boolean) => {
    const next = answerStatement(exercise, state, id, value);
    if (next === state) return;
    setState(next);
    if (isTrueFalseDone(exercise, next) && !completed.current) {
      completed.current = true;
      onComplete({ firstTry: trueFalseFirstTry(next) });
    }
  };

  return (
    <div className="pick pick-true-false">
      <OpinionNote opinion={exercise.opinion} />
      <ol className="pick-statements">
        {exercise.items.map((item) => {
          const status = statementStatus(exercise, state, item);
          const mark = status === 'right' ? 'right' : status === 'again' ? 'again' : null;
          const given = state.answers[item.id];
          const textId = `${idBase}-${item.id}`;
          // Once right, the other answer is off: arrow keys cannot undo a right answer by accident.
          const settled = status === 'right' || done;
          return (
            <li key={item.id} className="pick-statement" data-mark={mark ?? undefined}>
              <p className="pick-statement-text" id={textId}>
                <Inlines nodes={item.label} />
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
                      onChange={() => answer(item.id, value)}
                    />
                    <span>{value ? t('activity.true') : t('activity.false')}</span>
                  </label>
                ))}
              </div>
              <div className="pick-statement-feedback" aria-live="polite">
                {given !== undefined && (
                  <Reveal key={String(given)} className="pick-statement-result">
                    {mark && <Verdict mark={mark} />}
                    <Explain nodes={item.explain} mark={mark} />
                  </Reveal>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div className="pick-feedback" aria-live="polite">
        {done ? (
          <Reveal key="done" className="pick-panel right">
            <Done feedback={exercise.feedback} opinion={exercise.opinion} allRight />
          </Reveal>
        ) : wrong > 0 ? (
          <div className="pick-panel again">
            <p className="pick-panel-title">
              <MarkIcon mark="again" />
              <span>{t('activity.someWrong', { count: wrong })}</span>
            </p>
            <Hint nodes={exercise.hint} />
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** The paper version: the instructions and the statements, each with "True / False" to circle. */
export function TrueFalseWorksheet({ exercise }: WorksheetProps<'true-false'>) {
  const { t } = useTranslation('workbook');
  return (
    <div className="pick-sheet">
      <Blocks nodes={exercise.instructions} />
      <OpinionNote opinion={exercise.opinion} />
      <ol className="pick-sheet-statements">
        {exercise.items.map((item) => (
          <li key={item.id}>
            <p className="pick-sheet-statement">
              <Inlines nodes={item.label} />
            </p>
            <p className="pick-sheet-tf">
              <span className="pick-sheet-word">{t('activity.true')}</span>
              <span aria-hidden="true"> / </span>
              <span className="pick-sheet-word">{t('activity.false')}</span>
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
