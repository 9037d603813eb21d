/**
 * Parts shared by the pick activities (choice, multi, true-false, kinder): the right / "think again" marks
 * (a word and a shape, never colour alone, and never a red cross), the short reveal of an explanation, the
 * hint and the "well done" box.
 */
import type { ReactNode } from 'react';
import { Blocks } from '../../../content/render.tsx';
import type { Block } from '../../../content/richText.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { m } from '../../../ui/motion.ts';
import type { OptionMark } from './choiceLogic.ts';
import './pickActivities.css';

/** Right: a small star. Think again: a thought bubble with three dots. */
export function MarkIcon({ mark }: { mark: OptionMark }) {
  return mark === 'right' ? (
    <svg className="pick-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path
        d="M12 4.8l2.1 4.3 4.7.7-3.4 3.3.8 4.7L12 15.6l-4.2 2.2.8-4.7-3.4-3.3 4.7-.7z"
        fill="#fff"
        stroke="#fff"
        strokeWidth="0.8"
        strokeLinejoin="round"
      />
    </svg>
  ) : (
    <svg className="pick-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle
        cx="12"
        cy="11"
        r="9.5"
        fill="var(--pick-again-soft, #fff4dc)"
        stroke="currentColor"
        strokeWidth="2"
      />
      <circle cx="4" cy="21.5" r="1.6" fill="currentColor" />
      <circle cx="8" cy="11" r="1.5" fill="currentColor" />
      <circle cx="12" cy="11" r="1.5" fill="currentColor" />
      <circle cx="16" cy="11" r="1.5" fill="currentColor" />
    </svg>
  );
}

/**
 * "Right" or "Not this one", with its shape. Inside a card or button, give it an `id` and point the control's
 * aria-describedby at it: the control keeps its name (the option), and the mark is read as its description.
 */
export function Verdict({ mark, id }: { mark: OptionMark; id?: string }) {
  const { t } = useTranslation('workbook');
  return (
    <span className={`pick-verdict ${mark}`} id={id} aria-hidden={id ? true : undefined}>
      <MarkIcon mark={mark} />
      <span>{mark === 'right' ? t('activity.right') : t('activity.notRight')}</span>
    </span>
  );
}

/** A short fade-and-rise as feedback appears (instant when motion is reduced: MotionConfig decides). */
export function Reveal({
  className,
  id,
  children,
}: {
  className?: string;
  id?: string;
  children: ReactNode;
}) {
  return (
    <m.div
      className={className}
      id={id}
      initial={{ opacity: 0, y: 8 }}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.25, ease: 'easeOut' }}
    >
      {children}
    </m.div>
  );
}

/** An item's explanation, if it has one. */
export function Explain({
  nodes,
  mark,
  id,
}: {
  nodes: readonly Block[];
  mark: OptionMark | null;
  id?: string;
}) {
  if (nodes.length === 0) return null;
  return (
    <Reveal className={mark ? `pick-explain ${mark}` : 'pick-explain'} id={id}>
      <Blocks nodes={nodes} />
    </Reveal>
  );
}

/** The exercise's hint, after a try that was not right. */
export function Hint({ nodes }: { nodes: readonly Block[] }) {
  const { t } = useTranslation('workbook');
  if (nodes.length === 0) return null;
  return (
    <div className="pick-hint">
      <p className="pick-hint-title">{t('activity.hint')}</p>
      <Blocks nodes={nodes} />
    </div>
  );
}

/** The end: "Well done!" (or thanks, for an opinion) and what the exercise was about. */
export function Done({
  feedback,
  opinion,
  allRight,
}: {
  feedback: readonly Block[];
  opinion: boolean;
  allRight?: boolean;
}) {
  const { t } = useTranslation('workbook');
  return (
    <div className="pick-done">
      <p className="pick-done-title">
        {opinion ? null : <MarkIcon mark="right" />}
        <span>{opinion ? t('activity.thanks') : t('activity.wellDone')}</span>
      </p>
      {allRight && !opinion ? <p>{t('activity.allRight')}</p> : null}
      <Blocks nodes={feedback} />
    </div>
  );
}

/** Said before an opinion: there is no wrong answer. */
export function OpinionNote({ opinion }: { opinion: boolean }) {
  const { t } = useTranslation('workbook');
  return opinion ? <p className="pick-note">{t('activity.opinion')}</p> : null;
}
