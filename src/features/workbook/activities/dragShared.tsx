/**
 * Small pieces the drag activities (sort, rank, order, match) share: the right / not-right mark (an icon and a
 * word, never colour alone), the polite live region, the hint and "well done" panels, and focus that follows a
 * card when it moves or disappears under a keyboard user's focus.
 */
import { useCallback, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { Block } from '../../../content/richText.ts';
import { Blocks } from '../../../content/render.tsx';
import type { Exercise } from '../../../content/workbookSchema.ts';
import type { WorksheetProps } from './types.ts';
import { useTranslation } from '../../../i18n/index.ts';
import { m } from '../../../ui/motion.ts';

/** A button pressed with Enter or Space (or a screen reader) reports no click count. */
export const fromKeyboard = (e: MouseEvent) => e.detail === 0;

export const QUICK = { duration: 0.18, ease: 'easeOut' } as const;

/** A tick: chosen. */
export function CheckIcon() {
  return (
    <svg className="da-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M5 12.5l4.5 4.5L19 7.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Right: a star in a disc (the same shapes as the other workbook activities). */
export function StarIcon() {
  return (
    <svg className="da-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path
        d="M12 4.8l2.1 4.3 4.7.7-3.4 3.3.8 4.7L12 15.6l-4.2 2.2.8-4.7-3.4-3.3 4.7-.7z"
        fill="#fff"
        stroke="#fff"
        strokeWidth="0.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Not this one: a thought bubble ("think again"), never a red cross. */
export function ThinkIcon() {
  return (
    <svg className="da-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle
        cx="12"
        cy="11"
        r="9.5"
        fill="var(--da-again-soft, #fff4dc)"
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

/** Take out / close: a small cross (not used for "wrong"). */
export function CloseIcon() {
  return (
    <svg className="da-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M7 7l10 10M17 7L7 17"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** Up and down arrows (vertical, so the same in both reading directions). */
export function ArrowIcon({ up }: { up: boolean }) {
  return (
    <svg className="da-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={up ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'}
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A curved "give it back" arrow; mirrored in right-to-left pages by CSS. */
export function UndoIcon() {
  return (
    <svg className="da-icon da-icon-dir" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 010 11H11"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** "Right" with a star, or "Not this one" with a thought bubble: a word and a shape, never colour alone. */
export function Mark({ right }: { right: boolean }) {
  const { t } = useTranslation('workbook');
  return (
    <span className={right ? 'da-mark da-right' : 'da-mark da-again'}>
      {right ? <StarIcon /> : <ThinkIcon />}
      <span>{right ? t('activity.right') : t('activity.notRight')}</span>
    </span>
  );
}

/** An item's explanation, when it has one. */
export function Explain({ blocks }: { blocks: readonly Block[] }) {
  if (blocks.length === 0) return null;
  return (
    <div className="da-explain">
      <Blocks nodes={blocks} />
    </div>
  );
}

/**
 * A polite live region. Each message is a new node, so saying the same words twice is heard twice.
 */
export function useAnnouncer(): [ReactNode, (message: string) => void] {
  const [said, setSaid] = useState({ n: 0, message: '' });
  const announce = useCallback((message: string) => setSaid((s) => ({ n: s.n + 1, message })), []);
  const region = (
    <div className="visually-hidden" role="status" aria-live="polite">
      {said.message && <span key={said.n}>{said.message}</span>}
    </div>
  );
  return [region, announce];
}

/**
 * Moves focus after the next render to the element with `data-focus="key"` inside `root`: a card that moved,
 * the next card when one was placed, the result when the check button went away.
 */
export function useFocusLater<T extends HTMLElement>() {
  const root = useRef<T>(null);
  const pending = useRef<string[] | null>(null);
  useLayoutEffect(() => {
    const keys = pending.current;
    if (!keys) return;
    pending.current = null;
    for (const key of keys) {
      const el = root.current?.querySelector<HTMLElement>(`[data-focus="${key}"]`);
      if (el && !el.matches(':disabled')) {
        el.focus();
        return;
      }
    }
  });
  /** The first of `keys` that exists (and is not disabled) gets focus after the next render. */
  const focusLater = useCallback((...keys: string[]) => {
    pending.current = keys;
  }, []);
  return { root, focusLater };
}

/** After a check with wrong answers: how many, and the exercise's hint. */
export function HintPanel({ wrong, hint }: { wrong: number; hint: readonly Block[] }) {
  const { t } = useTranslation('workbook');
  return (
    <m.div
      className="da-panel da-again-panel"
      initial={{ opacity: 0, y: 8 }}
      animate={{ opacity: 1, y: 0 }}
      transition={QUICK}
    >
      <p className="da-panel-title">
        <ThinkIcon />
        <span>{t('activity.someWrong', { count: wrong })}</span>
      </p>
      {hint.length > 0 && (
        <div className="da-hint">
          <p className="da-hint-label">{t('activity.hint')}</p>
          <Blocks nodes={hint} />
        </div>
      )}
    </m.div>
  );
}

/** The end: well done (or thanks, for an opinion) and what the exercise was about. Takes focus. */
export function DonePanel({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation('workbook');
  return (
    <m.div
      className="da-panel da-done"
      tabIndex={-1}
      data-focus="done"
      initial={{ opacity: 0, scale: 0.97 }}
      animate={{ opacity: 1, scale: 1 }}
      transition={QUICK}
    >
      <p className="da-panel-title">
        {!exercise.opinion && <StarIcon />}
        <span>{exercise.opinion ? t('activity.thanks') : t('activity.wellDone')}</span>
      </p>
      {!exercise.opinion && <p>{t('activity.allRight')}</p>}
      <Blocks nodes={exercise.feedback} />
    </m.div>
  );
}

/** The exercise's own instructions, for the paper worksheet. */
export function WorksheetInstructions({ exercise }: WorksheetProps) {
  return (
    <div className="da-ws-instructions">
      <Blocks nodes={exercise.instructions} />
    </div>
  );
}
