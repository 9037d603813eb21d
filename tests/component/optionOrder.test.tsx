/**
 * Options in the seat's own order, through the whole app: a story's choice and a workbook exercise keep
 * their order when the page is opened again (a reload mid-attempt changes nothing), another seat can see
 * another order, every seat sees the same order in classroom mode, and the printed worksheet never shows the
 * projected one. The order is the one the fairness test weighs (tests/unit/fairPositions.test.ts).
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../src/content/compiler/compileAll.ts';
import { inlineText } from '../../src/content/render.tsx';
import type { Story } from '../../src/content/schema.ts';
import type { ExerciseOf } from '../../src/content/workbookSchema.ts';
import { choiceInPlay, type Choice } from '../../src/features/storybook/choiceOrder.ts';
import { inPlay, onPaper } from '../../src/features/workbook/activities/kit/order.ts';
import { useStore } from '../../src/store/index.ts';
import { ANIMALS } from '../../src/store/schema.ts';
import { freshAppEachTest, renderApp, STORY } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

const english = compileContent(resolve('content')).content.filter((c) => c.locale === 'en');
const story = english.flatMap((c) => c.items).find((s): s is Story => s.kind === 'story' && s.id === STORY)!;
const choice = story.steps.find((s): s is Choice => s.kind === 'choice')!;
const advice = english
  .flatMap((c) => c.items)
  .flatMap((doc) => (doc.kind === 'module' && doc.id === 'private-eye' ? doc.parts : []))
  .find((p): p is ExerciseOf<'choice'> => p.kind === 'exercise' && p.id === 'advice')!;

const storyOrder = (seat: string | null) =>
  choiceInPlay(choice, STORY, seat).options.map((o) => inlineText(o.label));
const adviceOrder = (seat: string | null) =>
  inPlay(advice.id, advice.items, seat).map((o) => inlineText(o.label));

/** An option's words, without the letter that classroom mode draws before it (aria-hidden, for calling out). */
function wordsOf(element: Element | null): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.option-letter').forEach((letter) => letter.remove());
  return copy?.textContent ?? '';
}

/** The options on screen, in order. */
async function shownStoryOptions(): Promise<string[]> {
  const group = await screen.findByRole(useStore.getState().settings.classroom ? 'list' : 'group', {
    name: 'Choose one',
  });
  return [...group.querySelectorAll('.choice-label')].map(wordsOf);
}
async function shownAdviceOptions(): Promise<string[]> {
  const group = await screen.findByRole('radiogroup');
  return within(group)
    .getAllByRole('radio')
    .map((r) => wordsOf(r.closest('label')));
}

/** Adds seats (the app's way: each new one is active) until one sees `order` differently from seat-1. */
function switchToASeatThatDiffers(order: (seat: string | null) => string[]): string {
  for (const animal of ANIMALS.slice(1)) {
    let id = '';
    act(() => {
      id = useStore.getState().addSeat(animal, 'blue') ?? '';
    });
    if (id && order(id).join() !== order('seat-1').join()) return id;
  }
  throw new Error('every seat sees the same order');
}

/** Opens the page again, as a reload would (a fresh render; the store keeps what was saved). */
function reopen(path: string) {
  cleanup();
  return renderApp(path);
}

describe('a story choice', () => {
  const page = `/en/storybook/${STORY}/4`;

  it("comes in the seat's own order, kept when the page is opened again", async () => {
    renderApp(page);
    const first = await shownStoryOptions();
    expect(first).toEqual(storyOrder('seat-1'));
    reopen(page);
    expect(await shownStoryOptions()).toEqual(first);
  });

  it('another seat can see the other order, and keeps it too', async () => {
    const seat = switchToASeatThatDiffers(storyOrder);
    renderApp(page);
    const theirs = await shownStoryOptions();
    expect(theirs).toEqual(storyOrder(seat));
    expect(theirs).not.toEqual(storyOrder('seat-1'));
    reopen(page);
    expect(await shownStoryOptions()).toEqual(theirs);
  });

  it("in classroom mode every seat sees the story's own order", async () => {
    act(() => useStore.getState().updateSettings({ classroom: true }));
    renderApp(page);
    expect(await shownStoryOptions()).toEqual(storyOrder(null));
    switchToASeatThatDiffers(storyOrder);
    reopen(page);
    expect(await shownStoryOptions()).toEqual(storyOrder(null));
  });
});

describe('a workbook exercise (exercise 4, choose one)', () => {
  const page = '/en/workbook/private-eye/advice';

  it("comes in the seat's own order, kept when the page is opened again; another seat's differs", async () => {
    renderApp(page);
    const first = await shownAdviceOptions();
    expect(first).toEqual(adviceOrder('seat-1'));
    reopen(page);
    expect(await shownAdviceOptions()).toEqual(first);

    const seat = switchToASeatThatDiffers(adviceOrder);
    reopen(page);
    expect(await shownAdviceOptions()).toEqual(adviceOrder(seat));
  });

  it('in classroom mode shows the projected order, which the printed worksheet never repeats', async () => {
    act(() => useStore.getState().updateSettings({ classroom: true }));
    renderApp(page);
    expect(await shownAdviceOptions()).toEqual(adviceOrder(null));

    reopen('/en/workbook/private-eye'); // the module page holds its printable worksheet
    await screen.findByRole('heading', { level: 1 });
    const printed = document.querySelectorAll('.print-worksheet .act-sheet-choice li');
    const paper = [...printed].map((li) => li.textContent);
    expect(paper).toEqual(onPaper(advice.id, advice.items).map((o) => inlineText(o.label)));
    expect(paper).not.toEqual(adviceOrder(null));
  });
});
