/** A Net Rules question: every option explained after an answer, keyboard only, and the optional timer. */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { domAnimation, LazyMotion, MotionGlobalConfig } from 'framer-motion';
import { Suspense, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChoiceQuestion } from '../../../src/content/netRulesSchema.ts';
import { QuestionView } from '../../../src/features/net-rules/QuestionView.tsx';
import { i18n } from '../../../src/i18n/index.ts';

MotionGlobalConfig.skipAnimations = true;
afterEach(cleanup);
beforeAll(async () => {
  await i18n.loadNamespaces('netRules');
});

const text = (v: string) => [{ t: 'text' as const, v }];
const para = (v: string) => [{ t: 'p' as const, c: text(v) }];
const WHY = [
  'Replying often makes it worse.',
  'Evidence helps adults and platforms act.',
  'You lose your own space; the problem stays.',
];
const QUESTION: ChoiceQuestion = {
  type: 'choice',
  id: 'screenshot',
  quick: false,
  prompt: para('Someone keeps sending you mean messages. What first?'),
  options: [
    {
      id: 'reply',
      label: text('Reply and tell them off'),
      explain: para(WHY[0] ?? ''),
      correct: false,
    },
    {
      id: 'save',
      label: text('Save the messages and block them'),
      explain: para(WHY[1] ?? ''),
      correct: true,
    },
    {
      id: 'delete',
      label: text('Delete your account'),
      explain: para(WHY[2] ?? ''),
      correct: false,
    },
  ],
};

function Harness({
  timer = null,
  onAnswer = () => {},
}: {
  timer?: number | null;
  onAnswer?: (id: string | null) => void;
}) {
  const [answer, setAnswer] = useState<string | null | undefined>(undefined);
  return (
    <LazyMotion features={domAnimation}>
      <Suspense fallback="loading">
        <QuestionView
          question={QUESTION}
          options={QUESTION.options}
          answer={answer}
          timer={timer}
          onAnswer={(id) => {
            onAnswer(id);
            setAnswer(id);
          }}
        />
      </Suspense>
    </LazyMotion>
  );
}

describe('a Net Rules question', () => {
  it('shows every option, and after an answer explains every one of them', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const options = await screen.findAllByRole('button');
    expect(options.map((o) => o.textContent)).toEqual([
      'Reply and tell them off',
      'Save the messages and block them',
      'Delete your account',
    ]);
    expect(screen.queryByText('Replying often makes it worse.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reply and tell them off' }));
    for (const why of WHY) expect(screen.getByText(why)).toBeInTheDocument();
    expect(screen.getAllByText('This does not help')).toHaveLength(2);
    expect(screen.getByText('This helps')).toBeInTheDocument();
    expect(screen.getByText('Your answer')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reply and tell them off' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('works with the keyboard alone, and a second answer is not taken', async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    render(<Harness onAnswer={onAnswer} />);
    await screen.findAllByRole('button');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Save the messages and block them' }),
    );
    await user.keyboard('{Enter}');
    expect(onAnswer).toHaveBeenCalledWith('save');
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Save the messages and block them' }),
    );
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });

  it('has no countdown unless timed mode is on; when on, time running out reveals the answer', async () => {
    vi.useFakeTimers();
    try {
      const onAnswer = vi.fn();
      const { unmount } = render(<Harness />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
      expect(screen.queryByRole('timer')).not.toBeInTheDocument();
      unmount();
      render(<Harness timer={10} onAnswer={onAnswer} />);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
      expect(screen.getByRole('timer')).toHaveTextContent('10 s left');
      await act(async () => {
        await vi.advanceTimersByTimeAsync(10_000);
      });
      expect(onAnswer).toHaveBeenCalledWith(null);
      expect(screen.getByText('Time is up. Here is the answer.')).toBeInTheDocument();
      expect(screen.getByText('This helps')).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});
