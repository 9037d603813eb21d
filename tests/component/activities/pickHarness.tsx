/**
 * Shared set-up for the pick activity tests (choice, multi, true-false, kinder): the component on its own,
 * inside the motion features and a Suspense boundary, in English, with instant animations.
 */
import { Suspense, type ReactElement } from 'react';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { LazyMotion, MotionGlobalConfig, domAnimation } from 'framer-motion';
import { afterEach, beforeAll, vi } from 'vitest';
import type { ActivityType, ExerciseOf } from '../../../src/content/workbookSchema.ts';
import { typed, type LooseExercise, type LooseItem } from '../../helpers/looseExercise.ts';
import type { Block, Inline } from '../../../src/content/richText.ts';
import { i18n } from '../../../src/i18n/index.ts';
import type { ExerciseResult } from '../../../src/features/workbook/activities/types.ts';

MotionGlobalConfig.skipAnimations = true;

export function setUpPickTests(): void {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
    await i18n.loadNamespaces('workbook');
  });
  afterEach(() => {
    cleanup();
    document.documentElement.dir = 'ltr';
  });
}

export function renderActivity(ui: ReactElement): RenderResult & { user: UserEvent } {
  const user = userEvent.setup();
  return {
    user,
    ...render(
      <LazyMotion features={domAnimation} strict>
        <Suspense fallback={null}>{ui}</Suspense>
      </LazyMotion>,
    ),
  };
}

export const inl = (text: string): Inline[] => [{ t: 'text', v: text }];
export const para = (text: string): Block[] => [{ t: 'p', c: inl(text) }];

export function item(id: string, label: string, more: Partial<LooseItem> = {}): LooseItem {
  return { id, label: inl(label), explain: para(`Why ${label}`), ...more };
}

export function exercise<T extends ActivityType>(
  more: Partial<LooseExercise<T>> & Pick<LooseExercise<T>, 'type' | 'items'>,
): ExerciseOf<T> {
  return typed({
    kind: 'exercise',
    id: 'test-exercise',
    number: 1,
    title: 'A test exercise',
    instructions: para('Read the story and answer.'),
    opinion: false,
    hint: para('Think about how the other person feels.'),
    feedback: para('Kind words make the internet a better place.'),
    ...more,
  });
}

export const completeSpy = () => vi.fn<(result: ExerciseResult) => void>();
