/**
 * What the printables are made of: which certificates a seat has earned (only what it finished), and a family
 * sheet's parts, read from every language's real content so no language prints a sheet with a part missing.
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/content/compiler/compileAll.ts';
import { blocksText } from '../../../src/content/render.tsx';
import type { Story, TierContent } from '../../../src/content/schema.ts';
import type { WorkbookModule } from '../../../src/content/workbookSchema.ts';
import { summaryOf, type Rule } from '../../../src/content/netRulesSchema.ts';
import type { HelpPage } from '../../../src/content/helpSchema.ts';
import { LOCALES, type Locale } from '../../../src/content/locales.ts';
import type { SeatProgress } from '../../../src/store/index.ts';
import { moduleState } from '../../../src/features/workbook/progress.ts';
import {
  certificateKey,
  earnedCertificates,
  moduleFinished,
} from '../../../src/features/grown-ups/printables/certificates.ts';
import {
  discussionQuestions,
  familyHelp,
  moduleLearned,
  moduleStarters,
  storyStarters,
} from '../../../src/features/grown-ups/printables/familySheet.ts';
import { pagesOf } from '../../../src/features/grown-ups/printables/SeatCards.tsx';

let content: TierContent[] = [];
beforeAll(() => {
  content = compileContent(resolve('content'), 'content').content;
}, 30_000);

function items(locale: Locale, tier: TierContent['tier']) {
  return content.find((c) => c.locale === locale && c.tier === tier)?.items ?? [];
}
const stories = (l: Locale) => items(l, 'storybook').filter((i): i is Story => i.kind === 'story');
const modules = (l: Locale) => items(l, 'workbook').filter((i): i is WorkbookModule => i.kind === 'module');
// The compiler holds whole rules; the app's chunk holds their summaries, made by the same function.
const rules = (l: Locale) =>
  items(l, 'net-rules')
    .filter((i): i is Rule => i.kind === 'rule')
    .map(summaryOf);
const helpPages = (l: Locale) => items(l, 'help').filter((i): i is HelpPage => i.kind === 'help');

const empty = (): SeatProgress => ({ stories: {}, exercises: {}, rules: {}, quick: null, level1: null });
const exerciseIds = (m: WorkbookModule) => m.parts.filter((p) => p.kind === 'exercise').map((p) => p.id);

describe('certificates', () => {
  it('offers nothing to a seat that has finished nothing, or almost everything', () => {
    const all = { stories: stories('en'), modules: modules('en'), rules: rules('en') };
    expect(earnedCertificates(undefined, all)).toEqual([]);
    const almost = empty();
    for (const s of all.stories.slice(1)) almost.stories[s.id] = { step: 3, choice: null, done: true };
    almost.stories[all.stories[0]!.id] = { step: 3, choice: null, done: false };
    for (const r of all.rules.slice(1)) almost.rules[r.id] = { best: 1, badge: true };
    const first = all.modules[0]!;
    for (const id of exerciseIds(first).slice(1)) almost.exercises[id] = { done: true, firstTry: true };
    expect(earnedCertificates(almost, all)).toEqual([]);
  });

  it('offers the storybook, each finished module and the Net Rules, in that order', () => {
    const all = { stories: stories('en'), modules: modules('en'), rules: rules('en') };
    expect(all.rules).toHaveLength(8);
    const done = empty();
    for (const s of all.stories) done.stories[s.id] = { step: 0, choice: null, done: true };
    for (const r of all.rules) done.rules[r.id] = { best: 0.9, badge: true };
    const third = all.modules[2]!;
    for (const id of exerciseIds(third)) done.exercises[id] = { done: true, firstTry: false };
    expect(earnedCertificates(done, all).map(certificateKey)).toEqual([
      'storybook',
      `module:${third.id}`,
      'net-rules',
    ]);
    expect(earnedCertificates(done, all)[1]).toEqual({ kind: 'module', id: third.id, number: third.order });
  });

  it('calls a module finished exactly when the workbook marks it done', () => {
    const all = modules('en');
    const ids = all.flatMap(exerciseIds);
    fc.assert(
      fc.property(fc.subarray(ids), (finished) => {
        const progress = empty();
        for (const id of finished) progress.exercises[id] = { done: true, firstTry: true };
        for (const mod of all) {
          expect(moduleFinished(mod, progress)).toBe(moduleState(mod, progress.exercises) === 'done');
        }
      }),
    );
  });
});

describe('family sheets, in every language', () => {
  it.each(LOCALES)(
    '%s: each story has three starters: retell, its question with the kind answer, its talk',
    (l) => {
      const list = stories(l);
      expect(list.length).toBeGreaterThanOrEqual(6);
      for (const story of list) {
        const starters = storyStarters(story);
        expect(starters.map((s) => s.from)).toEqual(['ui', 'choice', 'content']);
        const choice = starters[1];
        if (choice?.from !== 'choice') throw new Error('no choice');
        expect(blocksText(choice.question).length).toBeGreaterThan(5);
        expect(choice.answer.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(LOCALES)('%s: each module has its message and recap, and three discussion questions', (l) => {
    const list = modules(l);
    expect(list.length).toBeGreaterThanOrEqual(7);
    for (const mod of list) {
      expect(discussionQuestions(mod.educator).length, mod.id).toBeGreaterThanOrEqual(3);
      const starters = moduleStarters(mod);
      expect(starters.map((s) => s.from)).toEqual(['content', 'content', 'content']);
      // Questions, not the adaptations or solutions that sit beside them.
      for (const s of starters) {
        if (s.from === 'content') expect(blocksText(s.blocks)).toMatch(/[?？؟]/);
      }
      const learned = moduleLearned(mod);
      expect(learned.some((b) => b.t === 'h')).toBe(false);
      expect(learned.some((b) => b.t === 'ul')).toBe(true);
    }
  });

  it.each(LOCALES)('%s: where to find help has three parts for each tier, each with words', (l) => {
    for (const tier of ['storybook', 'workbook'] as const) {
      const parts = familyHelp(helpPages(l), tier);
      expect(parts).toHaveLength(3);
      for (const part of parts) {
        expect(part.heading?.length).toBeGreaterThan(0);
        expect(blocksText(part.body).length).toBeGreaterThan(10);
        expect(part.body.some((b) => b.t === 'h')).toBe(false);
      }
    }
    // The helpline part links to the helpline finder.
    expect(JSON.stringify(familyHelp(helpPages(l), 'storybook')[1])).toContain('https://');
  });

  it('tops a module without discussion questions up with the short starters of the UI', () => {
    const mod = {
      ...modules('en')[0]!,
      educator: [{ t: 'p' as const, c: [{ t: 'text' as const, v: 'x' }] }],
    };
    expect(moduleStarters(mod)).toEqual([
      { from: 'ui', key: 'feel' },
      { from: 'ui', key: 'tellMe' },
    ]);
  });
});

describe('seat cards', () => {
  it('come six to a page', () => {
    expect(pagesOf([1, 2, 3, 4, 5, 6, 7], 6)).toEqual([[1, 2, 3, 4, 5, 6], [7]]);
    expect(pagesOf([], 6)).toEqual([]);
  });
});
