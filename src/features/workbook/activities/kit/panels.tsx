/**
 * The feedback every activity gives, drawn one way: an item's explanation, the hint after a try that is not
 * right, the "well done" at the end, and the note that an opinion has no wrong answer.
 */
import type { ReactNode } from 'react';
import { Blocks } from '../../../../content/render.tsx';
import type { Block } from '../../../../content/richText.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import { m } from '../../../../ui/motion.ts';
import type { Verdict } from './attempt.ts';
import { StarIcon, ThinkIcon } from '../../../../ui/icons.tsx';
import './activity.css';

interface RevealProps {
  className: string;
  id?: string | undefined;
  /** The end panel of a drag board takes focus when the check button goes away (see useAttempt). */
  takesFocus?: boolean;
  children: ReactNode;
}

/** A short fade-and-rise as feedback appears (instant when motion is reduced: MotionConfig decides). */
export function Reveal({ className, id, takesFocus = false, children }: RevealProps) {
  return (
    <m.div
      className={className}
      id={id}
      {...(takesFocus ? { tabIndex: -1, 'data-focus': 'done' } : {})}
      initial={{ opacity: 0, y: 8 }}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.2, ease: 'easeOut' }}
    >
      {children}
    </m.div>
  );
}

/** An item's explanation (why), if it has one, edged by its verdict. */
export function Explain(props: { nodes: readonly Block[]; verdict?: Verdict | null; id?: string }) {
  if (props.nodes.length === 0) return null;
  return (
    <Reveal className={`act-explain ${props.verdict ?? ''}`.trim()} id={props.id}>
      <Blocks nodes={props.nodes} />
    </Reveal>
  );
}

/** The exercise's hint, after a try that was not right. */
export function Hint({ nodes }: { nodes: readonly Block[] }) {
  const { t } = useTranslation('workbook');
  if (nodes.length === 0) return null;
  return (
    <div className="act-hint">
      <p className="act-hint-title">{t('activity.hint')}</p>
      <Blocks nodes={nodes} />
    </div>
  );
}

/** After a check with answers not right yet: how many, and the exercise's hint. */
export function HintPanel({ wrong, hint }: { wrong: number; hint: readonly Block[] }) {
  const { t } = useTranslation('workbook');
  return (
    <Reveal className="act-panel again">
      <p className="act-panel-title">
        <ThinkIcon />
        <span>{t('activity.someWrong', { count: wrong })}</span>
      </p>
      <Hint nodes={hint} />
    </Reveal>
  );
}

interface DoneProps {
  exercise: { opinion: boolean; feedback: readonly Block[] };
  /** Say "You got them all right." (not where the panel already shows the one right answer). */
  allRight?: boolean;
}

/** The end: "Well done!" (or thanks, for an opinion) and what the exercise was about. */
export function Done({ exercise, allRight = false }: DoneProps) {
  const { t } = useTranslation('workbook');
  return (
    <div className="act-done">
      <p className="act-done-title">
        {!exercise.opinion && <StarIcon />}
        <span>{exercise.opinion ? t('activity.thanks') : t('activity.wellDone')}</span>
      </p>
      {allRight && !exercise.opinion && <p>{t('activity.allRight')}</p>}
      <Blocks nodes={exercise.feedback} />
    </div>
  );
}

/** The end, in its own panel: all right, and what it was about. */
export function DonePanel({ exercise, takesFocus = false }: DoneProps & { takesFocus?: boolean }) {
  return (
    <Reveal className="act-panel right" takesFocus={takesFocus}>
      <Done exercise={exercise} allRight />
    </Reveal>
  );
}

/** Said before an opinion: there is no wrong answer. */
export function OpinionNote({ opinion }: { opinion: boolean }) {
  const { t } = useTranslation('workbook');
  return opinion ? <p className="act-note">{t('activity.opinion')}</p> : null;
}

/**
 * The pick activities' feedback region: a live region, so what appears in it is read out. Where the check
 * button goes away at the end (choose one, choose all), it takes focus then: the news is here.
 */
export function Feedback({ takesFocus = false, children }: { takesFocus?: boolean; children: ReactNode }) {
  return (
    <div
      className="pick-feedback"
      aria-live="polite"
      {...(takesFocus ? { tabIndex: -1, 'data-focus': 'done' } : {})}
    >
      {children}
    </div>
  );
}

/** After answers judged together (choose all, true or false): the end, or how many are not right and the hint. */
export function Outcome(props: {
  exercise: DoneProps['exercise'] & { hint: readonly Block[] };
  state: { wrong: number; done: boolean };
  /** A new check shows its panel afresh. */
  revealKey?: number;
}) {
  if (props.state.done) return <DonePanel exercise={props.exercise} />;
  if (props.state.wrong === 0) return null;
  return <HintPanel key={props.revealKey} wrong={props.state.wrong} hint={props.exercise.hint} />;
}
