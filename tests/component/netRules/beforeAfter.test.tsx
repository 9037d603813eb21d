/**
 * What a teen learned: Level 1, some of Level 2, then Level 1 again; the home shows the first and the latest
 * result, overall and rule by rule, and the device keeps marks only, never an option chosen.
 */
import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadTier } from '../../../src/content/loader.ts';
import type { RuleSummary } from '../../../src/content/netRulesSchema.ts';
import type { Inline } from '../../../src/content/richText.ts';
import { STATE_KEY, useStore } from '../../../src/store/index.ts';
import { freshAppEachTest, renderApp } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

const text = (nodes: readonly Inline[]): string =>
  nodes.map((n) => ('v' in n ? n.v : 'c' in n ? text(n.c) : '')).join('');

/** The rules as the app loaded them (its loader's cache). */
let rules: RuleSummary[] = [];
async function loadedRules() {
  const tier = await loadTier('en', 'net-rules');
  rules = tier.items.filter((i): i is RuleSummary => i.kind === 'rule-summary');
}

/** The label of a quick question's right option, or of one wrong option. */
const optionLabel = (rule: RuleSummary, right: boolean) =>
  text(rule.quick.options.find((o) => o.correct === right)?.label ?? []);

/** Plays Level 1 from its first question, right for the rules `rightFor` says, by tap (or keyboard). */
async function playLevel1(user: UserEvent, rightFor: (index: number) => boolean, keyboard = false) {
  for (const [i, rule] of rules.entries()) {
    expect(await screen.findByText(`Question ${i + 1} of ${rules.length}`)).toBeInTheDocument();
    const option = screen.getByRole('button', { name: optionLabel(rule, rightFor(i)) });
    if (keyboard) {
      act(() => option.focus());
      await user.keyboard('{Enter}');
    } else await user.click(option);
    const last = i === rules.length - 1;
    await user.click(screen.getByRole('button', { name: last ? 'See my result' : 'Next question' }));
  }
}

const level1Section = () => screen.getByRole('region', { name: 'Level 1: what do you already know?' });

describe('Level 1 before and after', () => {
  it('after Level 2, Level 1 again shows the first and the latest result on the home', async () => {
    const { user } = renderApp('/en/net-rules/');
    const start = await screen.findByRole('link', { name: 'Start Level 1' });
    await loadedRules();
    expect(rules).toHaveLength(8);
    await user.click(start);
    await playLevel1(user, (i) => i < 3); // 3 of 8
    expect(await screen.findByText('You got 3 of 8 right.')).toBeInTheDocument();
    expect(screen.queryByText(/Your first time/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'All rules' }));

    // One round: nothing to compare yet. After some of Level 2, the home suggests playing Level 1 again.
    await screen.findByRole('link', { name: 'Play Level 1 again' });
    expect(screen.queryByRole('heading', { name: 'Before and after' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Done some rules in Level 2/)).not.toBeInTheDocument();
    act(() => useStore.getState().finishRule(rules[3]?.id ?? '', 1, true));
    expect(within(level1Section()).getByText(/Done some rules in Level 2/)).toBeInTheDocument();

    // Level 1 again, by keyboard: all right but the last.
    const again = screen.getByRole('link', { name: 'Play Level 1 again' });
    act(() => again.focus());
    await user.keyboard('{Enter}');
    await playLevel1(user, (i) => i < 7, true);
    expect(await screen.findByText('You got 7 of 8 right.')).toBeInTheDocument();
    expect(screen.getByText('Your first time: 3 of 8.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'All rules' }));

    const learned = await screen.findByRole('region', { name: 'Before and after' });
    expect(level1Section()).toContainElement(learned);
    expect(within(level1Section()).queryByText(/Done some rules in Level 2/)).not.toBeInTheDocument();
    expect(learned).toHaveTextContent(/First time\s*3 of 8.*Latest\s*7 of 8/);
    const table = within(learned).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Rule', 'First time', 'Latest']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    const marks = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(marks).toEqual(rules.map((_, i) => [i < 3 ? 'Right' : 'Missed', i < 7 ? 'Right' : 'Missed']));
    rules.forEach((rule, i) =>
      expect(within(rows[i] as HTMLElement).getByRole('rowheader')).toHaveTextContent(rule.title),
    );

    // What the device keeps: a mark per rule and a count of rounds; no option id anywhere in storage.
    const stored = localStorage.getItem(STATE_KEY) ?? '';
    expect(JSON.parse(stored).state.progress['seat-1'].level1).toEqual({
      rounds: 2,
      marks: Object.fromEntries(rules.map((r, i) => [r.id, { first: i < 3, latest: i < 7 }])),
    });
    for (const option of rules.flatMap((r) => r.quick.options))
      expect(stored).not.toContain(`"${option.id}"`);
  }, 60_000);
});
