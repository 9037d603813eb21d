/**
 * The class vote: "+1" per hand, "−1" for a miscount, reset; by pointer and by keyboard; never stored; lettered
 * in the class's own alphabet, with "+1" kept left to right in Arabic.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/index.ts';
import { VoteTally } from '../../../src/features/classroom/VoteTally.tsx';

afterEach(cleanup);
beforeAll(async () => {
  await i18n.changeLanguage('en');
  await i18n.loadNamespaces('classroom');
});

const OPTIONS = [
  { id: 'turns', label: 'Take turns' },
  { id: 'bounce', label: <em>Bounce it</em> },
];

async function renderTally() {
  const user = userEvent.setup();
  render(
    <Suspense fallback="loading">
      <VoteTally options={OPTIONS} />
    </Suspense>,
  );
  await screen.findByRole('heading', { name: 'Class vote' });
  return user;
}

/** The count shown for one option, as the room reads it ("3 hands"). */
const countOf = (label: string) =>
  screen.getByText(label).closest('li')?.querySelector('.vote-count')?.textContent;

describe('VoteTally', () => {
  it('counts hands per option, with "−1" to undo a miscount and a reset', async () => {
    const user = await renderTally();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(countOf('Take turns')).toBe('0 hands');
    const addTurns = screen.getByRole('button', { name: '+1 Take turns' });
    await user.click(addTurns);
    await user.click(addTurns);
    await user.click(addTurns);
    await user.click(screen.getByRole('button', { name: '+1 Bounce it' }));
    expect(countOf('Take turns')).toBe('3 hands');
    expect(countOf('Bounce it')).toBe('1 hand');

    await user.click(screen.getByRole('button', { name: '−1 Take turns' }));
    expect(countOf('Take turns')).toBe('2 hands');

    // Never below zero: "−1" at zero does nothing and says it is unavailable, but keeps its focus.
    const removeBounce = screen.getByRole('button', { name: '−1 Bounce it' });
    await user.click(removeBounce);
    expect(countOf('Bounce it')).toBe('0 hands');
    expect(removeBounce).toHaveAttribute('aria-disabled', 'true');
    await user.click(removeBounce);
    expect(countOf('Bounce it')).toBe('0 hands');

    await user.click(screen.getByRole('button', { name: 'Reset votes' }));
    expect(countOf('Take turns')).toBe('0 hands');
    expect(screen.getByRole('button', { name: 'Reset votes' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('announces each count politely as it changes', async () => {
    const user = await renderTally();
    const count = screen.getByText('Take turns').closest('li')?.querySelector('.vote-count');
    expect(count).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: '+1 Take turns' }));
    expect(count).toHaveTextContent('1 hand');
  });

  it('works from the keyboard alone: Tab to "+1", Enter and Space count', async () => {
    const user = await renderTally();
    await user.tab();
    expect(screen.getByRole('button', { name: '+1 Take turns' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(countOf('Take turns')).toBe('2 hands');
    await user.tab();
    expect(screen.getByRole('button', { name: '−1 Take turns' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(countOf('Take turns')).toBe('1 hand');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reset votes' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(countOf('Take turns')).toBe('0 hands');
    expect(screen.getByRole('button', { name: 'Reset votes' })).toHaveFocus();
  });

  it('keeps nothing: counts start at zero in a new tally, and nothing is written to storage', async () => {
    localStorage.clear();
    const user = await renderTally();
    await user.click(screen.getByRole('button', { name: '+1 Take turns' }));
    cleanup();
    await renderTally();
    expect(countOf('Take turns')).toBe('0 hands');
    expect(localStorage.length).toBe(0);
  });

  it("letters the options as on screen, in the class's own alphabet, and isolates +1 and −1", async () => {
    const user = userEvent.setup();
    render(
      <Suspense fallback="loading">
        <VoteTally options={OPTIONS} lettered />
      </Suspense>,
    );
    await user.click(await screen.findByRole('button', { name: '+1 B Bounce it' }));
    expect(countOf('Bounce it')).toBe('1 hand');
    const add = screen.getByRole('button', { name: '+1 A Take turns' });
    // A right-to-left button would otherwise show "1+": the sign goes in its own left-to-right isolate.
    expect(add.querySelector('bdi[dir="ltr"]')?.textContent).toBe('+1');
    expect(
      screen.getByRole('button', { name: '−1 A Take turns' }).querySelector('bdi[dir="ltr"]'),
    ).toHaveTextContent('−1');
    cleanup();
    await i18n.changeLanguage('ar');
    await i18n.loadNamespaces('classroom');
    try {
      render(
        <Suspense fallback="loading">
          <VoteTally options={OPTIONS} lettered />
        </Suspense>,
      );
      await screen.findByRole('heading', { name: 'تصويت الفصل' });
      const letters = [...document.querySelectorAll('.vote-label .option-letter')].map((l) => l.textContent);
      expect(letters).toEqual(['أ', 'ب']);
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
