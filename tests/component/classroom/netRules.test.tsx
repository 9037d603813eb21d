/**
 * Net Rules in classroom mode: a question shows its options to vote on and no explanation until the teacher
 * reveals; a rule and Level 1 are walked through with presenter keys without answering; no badge, no score,
 * nothing saved.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { domAnimation, LazyMotion } from 'framer-motion';
import { Suspense } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChoiceQuestion } from '../../../src/content/netRulesSchema.ts';
import { QuestionView } from '../../../src/features/net-rules/QuestionView.tsx';
import { i18n } from '../../../src/i18n/index.ts';
import { useStore } from '../../../src/store/index.ts';
import { ClassroomBar } from '../../../src/features/classroom/ClassroomBar.tsx';
import { reveal } from '../../../src/features/classroom/useClassroom.ts';
import { freshAppEachTest, renderApp } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();
beforeAll(async () => {
  await i18n.loadNamespaces(['netRules', 'classroom']);
});
beforeEach(() => {
  act(() => {
    reveal.hide();
    useStore.getState().updateSettings({ classroom: true });
  });
});

const text = (v: string) => [{ t: 'text' as const, v }];
const para = (v: string) => [{ t: 'p' as const, c: text(v) }];
const WHY = ['Replying often makes it worse.', 'Evidence helps adults and platforms act.'];
const QUESTION: ChoiceQuestion = {
  type: 'choice',
  id: 'screenshot',
  quick: false,
  prompt: para('Someone keeps sending you mean messages. What first?'),
  options: [
    { id: 'reply', label: text('Reply and tell them off'), explain: para(WHY[0] ?? ''), correct: false },
    {
      id: 'save',
      label: text('Save the messages and block them'),
      explain: para(WHY[1] ?? ''),
      correct: true,
    },
  ],
};

describe('a Net Rules question in classroom mode', () => {
  it('shows the options with a class vote, and no explanation until the reveal', async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    render(
      <LazyMotion features={domAnimation}>
        <Suspense fallback="loading">
          <QuestionView
            question={QUESTION}
            options={QUESTION.options}
            answer={undefined}
            onAnswer={onAnswer}
            timer={10}
          />
          <ClassroomBar />
        </Suspense>
      </LazyMotion>,
    );
    await screen.findByRole('heading', { name: 'Class vote' });
    // The options are there to read and vote on, not to answer on screen; the teacher's timer is the bar's.
    expect(screen.queryByRole('button', { name: 'Reply and tell them off' })).not.toBeInTheDocument();
    expect(screen.getAllByText('Reply and tell them off').length).toBeGreaterThan(0);
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    for (const why of WHY) expect(screen.queryByText(why)).not.toBeInTheDocument();
    expect(screen.queryByText('This helps')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '+1 B Save the messages and block them' }));
    for (const why of WHY) expect(screen.queryByText(why)).not.toBeInTheDocument();

    // The bar's button (or R) reveals.
    await user.click(screen.getByRole('button', { name: /Reveal answer/ }));
    for (const why of WHY) expect(screen.getByText(why)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Hide answer/ })).toBeInTheDocument();
    expect(screen.getByText('This helps')).toBeInTheDocument();
    expect(screen.getByText('This does not help')).toBeInTheDocument();
    const best = screen.getByText('Best answer').closest('li');
    expect(best).toHaveClass('helps');
    expect(best).toHaveTextContent('Save the messages and block them');
    expect(screen.queryByText('Your answer')).not.toBeInTheDocument();
    expect(onAnswer).not.toHaveBeenCalled();
    await user.keyboard('r');
    for (const why of WHY) expect(screen.queryByText(why)).not.toBeInTheDocument();
  });
});

describe('a rule in classroom mode', () => {
  it('walks through the cards and questions with presenter keys, never answering, and ends without a badge', async () => {
    const { user } = renderApp('/en/net-rules/respect/');
    await screen.findByRole('heading', { level: 1, name: /Respect/ });
    expect(screen.getByRole('heading', { name: 'What cyberbullying looks like' })).toBeInTheDocument();
    expect(screen.getByText('Card 1 of 6', { selector: '.presenter-position' })).toBeInTheDocument();
    await user.keyboard('{PageUp}'); // nothing before the first card
    expect(screen.getByText('Card 1 of 6', { selector: '.presenter-position' })).toBeInTheDocument();
    for (let i = 0; i < 6; i++) await user.keyboard('{PageDown}');
    expect(await screen.findByText('Question 1 of 9', { selector: '.kicker' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Class vote' })).toBeInTheDocument();
    expect(screen.queryByText('This helps')).not.toBeInTheDocument();

    await user.keyboard('r');
    expect(await screen.findByText('This helps')).toBeInTheDocument();
    expect(screen.getAllByText('This does not help')).toHaveLength(4);

    // The next question starts hidden; so does going back to this one.
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByText('Question 2 of 9', { selector: '.kicker' })).toBeInTheDocument();
    expect(screen.queryByText('This helps')).not.toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(await screen.findByText('Question 1 of 9', { selector: '.kicker' })).toBeInTheDocument();
    expect(screen.queryByText('This helps')).not.toBeInTheDocument();

    // On-screen "Next" does the same as the keys.
    const nav = screen.getByRole('navigation', { name: 'Move through the lesson' });
    for (let i = 0; i < 9; i++) await user.click(within(nav).getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('region', { name: 'What to do next' })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByText('Badge earned!')).not.toBeInTheDocument();
    expect(screen.queryByText(/You got/)).not.toBeInTheDocument();
    expect(useStore.getState().progress).toEqual({});
  });
});

describe('Level 1 in classroom mode', () => {
  it('moves through the quick questions without answers and keeps no result', async () => {
    const { user } = renderApp('/en/net-rules/level-1/');
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Class vote' });
    await user.keyboard('{PageDown}');
    expect(await screen.findByText('Question 2 of 8')).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(await screen.findByText('Question 1 of 8')).toBeInTheDocument();
    for (let i = 0; i < 8; i++) await user.keyboard('{PageDown}');
    await waitFor(() => expect(screen.getByText('Explore these rules first:')).toBeInTheDocument());
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(8);
    expect(screen.queryByText(/You got/)).not.toBeInTheDocument();
    expect(useStore.getState().progress).toEqual({});
  });
});
