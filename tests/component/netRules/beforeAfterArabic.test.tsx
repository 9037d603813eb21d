/**
 * The before and after in Arabic: its own file, because in this test environment an app rendered in one
 * language and then, in a later test of the same file, in another waits for ever for its strings.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_IDS } from '../../../src/content/knownIds.ts';
import { useStore } from '../../../src/store/index.ts';
import { freshAppEachTest, renderApp } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

describe('Level 1 before and after, in Arabic', () => {
  it('in Arabic, the before and after reads right to left in Arabic', async () => {
    // Nothing is rendered yet: the store is set as a teen's two rounds would leave it.
    const ids = CONTENT_IDS.rules;
    useStore.getState().finishQuickRound(Object.fromEntries(ids.map((id, i) => [id, i < 2])));
    useStore.getState().finishQuickRound(Object.fromEntries(ids.map((id) => [id, true])));
    renderApp('/ar/net-rules/');
    const learned = await screen.findByRole('region', { name: 'قبل وبعد' }, { timeout: 10_000 });
    expect(learned.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(
      within(learned)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['القاعدة', 'المرة الأولى', 'المرة الأخيرة']);
    expect(learned).toHaveTextContent('2 من 8');
    expect(learned).toHaveTextContent('8 من 8');
  }, 60_000);
});
