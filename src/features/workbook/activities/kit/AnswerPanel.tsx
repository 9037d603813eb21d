/**
 * What a single pick says (choose one, which message is kinder): its verdict (and the option, where there are
 * many), why, then the hint when it is not right, or the end when the activity is done. An opinion has no
 * verdict. The pick activities put it in their live feedback region, so it is read as it appears.
 */
import { Blocks, Inlines } from '../../../../content/render.tsx';
import type { Block, Inline } from '../../../../content/richText.ts';
import type { Exercise } from '../../../../content/workbookSchema.ts';
import type { Verdict } from './attempt.ts';
import { Mark } from './Mark.tsx';
import { Done, Hint, Reveal } from './panels.tsx';

interface Props {
  exercise: Exercise;
  verdict: Verdict | null;
  /** The option's words, repeated beside the verdict (choose one: the option may be far up the page). */
  label?: readonly Inline[];
  explain: readonly Block[];
  done: boolean;
}

export function AnswerPanel({ exercise, verdict, label, explain, done }: Props) {
  return (
    <Reveal className={`act-panel ${verdict === 'again' ? 'again' : 'right'}`}>
      {verdict && (
        <p className="act-panel-title">
          <Mark verdict={verdict} />
          {label && (
            <span className="pick-panel-option">
              <Inlines nodes={label} />
            </span>
          )}
        </p>
      )}
      <Blocks nodes={explain} />
      {verdict === 'again' && <Hint nodes={exercise.hint} />}
      {done && <Done exercise={exercise} />}
    </Reveal>
  );
}
