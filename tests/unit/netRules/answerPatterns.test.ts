/**
 * A teen must not be able to pass Net Rules by pattern instead of thought (issue 17). Over every English
 * choose-one and choose-all option, the right answers and the wrong ones use "get help" words (tell, talk,
 * report, trusted adult…) about equally often, and absolutes (always, never, only…) too: neither kind of word
 * gives the answer away. Each rule's Level 2 also mixes at least two kinds of question, and every option,
 * message and step says why.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/content/compiler/compileAll.ts';
import type { Rule } from '../../../src/content/netRulesSchema.ts';
import type { Inline } from '../../../src/content/richText.ts';

const HELP_WORDS =
  /\b(tell(s|ing)?|told|talk(s|ed|ing)?|report(s|ed|ing)?|help(s|ed|ing|line|lines)?|trusted|adults?|parents?|teachers?|counsellors?|police|moderators?)\b/i;
const ABSOLUTES =
  /\b(always|never|every|everyone|everything|everybody|only|all|nobody|no one|nothing|must|any)\b/i;
/** The bound: the two shares stay within 15 percentage points of each other. */
const MAX_GAP = 15;

const text = (nodes: readonly Inline[]): string =>
  nodes.map((n) => ('v' in n ? n.v : 'c' in n ? text(n.c) : '')).join('');

const { content } = compileContent(resolve('content'), 'content');
const rules = (content.find((c) => c.locale === 'en' && c.tier === 'net-rules')?.items ?? []).filter(
  (i): i is Rule => i.kind === 'rule',
);
const options = rules.flatMap((r) =>
  r.questions.flatMap((q) =>
    q.type === 'choice' || q.type === 'multi'
      ? q.options.map((o) => ({ where: `${r.id}/${q.id}/${o.id}`, correct: o.correct, label: text(o.label) }))
      : [],
  ),
);

/** The share, in percent, of the right (or wrong) options whose label matches the pattern. */
function shares(pattern: RegExp) {
  const share = (list: typeof options) =>
    (100 * list.filter((o) => pattern.test(o.label)).length) / Math.max(1, list.length);
  const right = share(options.filter((o) => o.correct));
  const wrong = share(options.filter((o) => !o.correct));
  return { right: Math.round(right), wrong: Math.round(wrong), gap: Math.abs(right - wrong) };
}

describe('Net Rules in English', () => {
  it('has the eight rules and enough options to measure', () => {
    expect(rules).toHaveLength(8);
    expect(options.filter((o) => o.correct).length).toBeGreaterThan(40);
    expect(options.filter((o) => !o.correct).length).toBeGreaterThan(100);
  });

  it(`uses "get help" words in right and wrong options alike (within ${MAX_GAP} points)`, () => {
    const help = shares(HELP_WORDS);
    console.info(`help words: ${help.right}% of right options, ${help.wrong}% of wrong ones`);
    expect(help.gap).toBeLessThanOrEqual(MAX_GAP);
  });

  it(`uses absolutes in right and wrong options alike (within ${MAX_GAP} points)`, () => {
    const absolutes = shares(ABSOLUTES);
    console.info(`absolutes: ${absolutes.right}% of right options, ${absolutes.wrong}% of wrong ones`);
    expect(absolutes.gap).toBeLessThanOrEqual(MAX_GAP);
  });

  it.each(rules.map((r) => [r.id, r] as const))(
    '%s: Level 2 mixes at least two kinds of question',
    (_, rule) => {
      expect(new Set(rule.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
    },
  );

  it('asks every kind of question somewhere', () => {
    const kinds = new Set(rules.flatMap((r) => r.questions.map((q) => q.type)));
    expect([...kinds].sort()).toEqual(['chat', 'choice', 'multi', 'order']);
  });

  it('explains every option, message and step', () => {
    for (const rule of rules)
      for (const q of rule.questions)
        for (const o of q.options) expect(o.explain.length, `${rule.id}/${q.id}/${o.id}`).toBeGreaterThan(0);
  });
});
