/**
 * Shared set-up for the drag activity tests: each activity rendered on its own (no app, no store) inside
 * LazyMotion and Suspense, English strings, instant animations, and a pointer drag helper that stands in for
 * the browser's hit testing (jsdom has no layout, so `document.elementFromPoint` is faked per drag).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { domAnimation, LazyMotion, MotionGlobalConfig } from 'framer-motion';
import { Suspense, type ComponentType } from 'react';
import { afterEach, beforeAll, expect, vi, type Mock } from 'vitest';
import type { Block, Inline } from '../../../src/content/richText.ts';
import type { ActivityType, ExerciseOf } from '../../../src/content/workbookSchema.ts';
import { typed, type LooseExercise } from '../../helpers/looseExercise.ts';
import type { ActivityProps } from '../../../src/features/workbook/activities/types.ts';
import { i18n } from '../../../src/i18n/index.ts';

MotionGlobalConfig.skipAnimations = true;

export function setUpActivities(): void {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces('workbook');
  });
  afterEach(() => {
    cleanup();
    // @ts-expect-error: jsdom has no elementFromPoint; a drag test installs one and it goes again here
    delete document.elementFromPoint;
    document.documentElement.dir = 'ltr';
  });
}

export const text = (v: string): Inline[] => [{ t: 'text', v }];
export const para = (v: string): Block[] => [{ t: 'p', c: text(v) }];

/** A whole exercise with the fields every type has; `overrides` gives the type and its items. */
export function exercise<T extends ActivityType>(
  overrides: Partial<LooseExercise<T>> & Pick<LooseExercise<T>, 'id' | 'type' | 'items'>,
): ExerciseOf<T> {
  return typed({
    kind: 'exercise',
    number: 1,
    title: 'A test exercise',
    instructions: para('Do the exercise.'),
    opinion: false,
    hint: para('Think about it slowly.'),
    feedback: para('That is what this was about.'),
    ...overrides,
  });
}

export function renderActivity<T extends ActivityType>(
  Activity: ComponentType<ActivityProps<T>>,
  ex: ExerciseOf<T>,
): { user: UserEvent; onComplete: Mock<ActivityProps['onComplete']> } {
  const onComplete = vi.fn<ActivityProps['onComplete']>();
  const user = userEvent.setup();
  render(
    <LazyMotion features={domAnimation}>
      <Suspense fallback={null}>
        <Activity exercise={ex} onComplete={onComplete} />
      </Suspense>
    </LazyMotion>,
  );
  return { user, onComplete };
}

/**
 * Drags `source` and drops it on `target` with pointer events, as a finger or a mouse would: press, move past
 * the 6 px threshold, move on, release. `document.elementFromPoint` answers `target` (or a child of it).
 */
export function pointerDrag(
  source: Element,
  target: Element,
  pointerType: 'mouse' | 'touch' = 'touch',
): void {
  document.elementFromPoint = vi.fn(() => target);
  const at = (x: number, y: number) => ({ pointerId: 7, pointerType, button: 0, clientX: x, clientY: y });
  act(() => {
    fireEvent.pointerDown(source, at(200, 300));
    fireEvent.pointerMove(source, at(204, 310));
    fireEvent.pointerMove(source, at(240, 420));
    fireEvent.pointerUp(source, at(240, 420));
  });
}

/** Text on screen, not in the (hidden) live region, which often says the same words. */
export const shown = (text: string | RegExp) =>
  screen.getByText(text, { ignore: '[role="status"] *, script, style' });

/** Presses Tab until `target` has focus (fails if it never does), as a keyboard-only user would. */
export async function tabTo(user: UserEvent, target: HTMLElement, max = 40): Promise<void> {
  for (let i = 0; i < max && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}
