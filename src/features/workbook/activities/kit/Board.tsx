/**
 * The frame of every drag board (sort, match, rank, order): the opinion note, what to do, the board itself,
 * the check button and, at the end, "well done" (which takes focus, the check button being gone). After a
 * check that is not all right the hint shows: above the board where cards come back to be placed again
 * (sort, match), under the check button where a list stays as it was checked (rank, order).
 */
import type { ReactNode, RefObject } from 'react';
import type { Exercise } from '../../../../content/workbookSchema.ts';
import type { Attempt } from './attempt.ts';
import { CheckButton } from './cards.tsx';
import { DonePanel, HintPanel, OpinionNote } from './panels.tsx';

interface BoardProps {
  exercise: Exercise;
  /** From useAttempt: the attempt, the root that focus keys are looked for in, and the live region. */
  state: Attempt;
  rootRef: RefObject<HTMLDivElement | null>;
  liveRegion: ReactNode;
  help: string;
  hint: 'above' | 'below';
  /** The check button: shown once the board can be checked (and until done). */
  check: { shown: boolean; onClick: () => void; disabled?: boolean; label?: string };
  children: ReactNode;
}

export function Board({ exercise, state, rootRef, liveRegion, help, hint, check, children }: BoardProps) {
  const hintPanel = state.wrong > 0 && !state.done && <HintPanel wrong={state.wrong} hint={exercise.hint} />;
  return (
    <div className={`act act-${exercise.type}`} ref={rootRef}>
      {liveRegion}
      <OpinionNote opinion={exercise.opinion} />
      <p className="act-help">{help}</p>
      {hint === 'above' && hintPanel}
      {children}
      {check.shown && !state.done && (
        <CheckButton onClick={check.onClick} disabled={check.disabled} label={check.label} />
      )}
      {hint === 'below' && hintPanel}
      {state.done && <DonePanel exercise={exercise} takesFocus />}
    </div>
  );
}
