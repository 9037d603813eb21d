import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/content/compiler/compileFile.ts';
import { formatError } from '../../src/content/compiler/errors.ts';

const valid = readFileSync(join(__dirname, '../fixtures/content/workbook/01-valid-module.md'), 'utf8');
const compile = (text: string) => compileFile('wb/01-module.md', new TextEncoder().encode(text), 'workbook');

describe('workbook compiler', () => {
  it('compiles a module: intro, exercises with a summary between them, recap, educator notes', () => {
    const { doc, sink } = compile(valid);
    expect(sink.errors).toEqual([]);
    if (doc?.kind !== 'module') throw new Error('not a module');
    expect(doc.parts.map((p) => `${p.kind}#${p.id}`)).toEqual([
      'exercise#sort-it',
      'summary#rights-online',
      'exercise#pick-one',
    ]);
    const sort = doc.parts[0];
    expect(sort).toMatchObject({ type: 'sort', number: 1, title: 'Sort it', opinion: false });
    if (sort?.kind !== 'exercise' || sort.type !== 'sort') throw new Error('not a sort exercise');
    expect(sort.bins.map((b) => b.id)).toEqual(['right', 'want']);
    expect(sort.items[0]).toEqual({
      id: 'clean-air',
      label: [{ t: 'text', v: 'Clean air' }],
      explain: [{ t: 'p', c: [{ t: 'text', v: 'Everyone needs clean air to live.' }] }],
      bin: 'right',
    });
    const choice = doc.parts[2];
    expect(
      choice?.kind === 'exercise' && choice.type === 'choice' && choice.items.map((i) => [i.id, i.correct]),
    ).toEqual([
      ['tell', true],
      ['ignore', false],
    ]);
  });

  const BAD: [name: string, edit: (s: string) => string, line: number, message: RegExp][] = [
    [
      'unknown activity type',
      (s) => s.replace('type="sort"', 'type="quiz"'),
      10,
      /attribute "type".*unknown name "quiz"/,
    ],
    [
      'a card in an unknown bin',
      (s) => s.replace('bin="want"', 'bin="need"'),
      28,
      /card "new-phone" needs bin="\.\.\."/,
    ],
    [
      'the wrong item kind',
      (s) => s.replace(':::card{#new-phone bin="want"}', ':::option{#new-phone}'),
      28,
      /a "sort" exercise takes ":::card", not ":::option"/,
    ],
    [
      'no correct option',
      (s) => s.replace(':::option{#tell correct}', ':::option{#tell}'),
      48,
      /exactly one option marked "correct" \(found 0\)/,
    ],
    ['no title heading', (s) => s.replace('## Sort it\n', ''), 10, /must start with a "## Title" heading/],
    ['no exercise number', (s) => s.replace(' number="1"', ''), 10, /needs its number in the workbook/],
    [
      'no educator notes',
      (s) => s.replace(/:::educator[\s\S]*?:::\n/, ''),
      5,
      /needs 1 ":::educator" \(found 0\)/,
    ],
    [
      'an item with no label',
      (s) => s.replace('Clean air\n\nEveryone', '- Clean air\n\nEveryone'),
      22,
      /must start with a short paragraph/,
    ],
  ];
  it.each(BAD)('rejects %s with file:line', (_name, edit, line, message) => {
    const errors = compile(edit(valid)).sink.errors.map(formatError);
    const match = errors.find((e) => message.test(e));
    expect(match, errors.join('\n')).toBeDefined();
    expect(match?.startsWith(`wb/01-module.md:${line}: `)).toBe(true);
  });
});

describe('an order step that is right anywhere', () => {
  const module = (steps: string) => `---
title: Help
message: Help
---

:::intro
Intro.
:::

::::exercise{#response type="order" number="8"}
## Response
Put the steps in order.

${steps}
::::

:::recap
Recap.
:::

:::educator
Notes.
:::
`;
  const step = (id: string, attrs = '') => `:::step{#${id}${attrs}}\n${id}\n:::\n`;

  it('is compiled with anywhere: true, and the other steps keep their written order', () => {
    const { doc, sink } = compile(
      module(step('dont-reply') + step('keep-evidence') + step('report') + step('tell', ' anywhere')),
    );
    expect(sink.errors).toEqual([]);
    const ex = doc?.kind === 'module' ? doc.parts[0] : undefined;
    expect(
      ex?.kind === 'exercise' && ex.type === 'order' && ex.items.map((i) => [i.id, i.anywhere ?? false]),
    ).toEqual([
      ['dont-reply', false],
      ['keep-evidence', false],
      ['report', false],
      ['tell', true],
    ]);
  });

  it('is a flag: a value is an error at its line', () => {
    const errors = compile(module(step('a') + step('b') + step('c', ' anywhere="yes"'))).sink.errors.map(
      formatError,
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/^wb\/01-module\.md:\d+: attribute "anywhere".*is a flag/),
    );
  });

  it('needs at least two steps with a place of their own', () => {
    const errors = compile(
      module(step('a') + step('b', ' anywhere') + step('c', ' anywhere')),
    ).sink.errors.map(formatError);
    expect(errors).toContainEqual(expect.stringMatching(/at least 2 steps with a place of their own/));
  });

  it('is only for order steps', () => {
    const errors = compile(
      valid.replace(':::option{#tell correct}', ':::option{#tell correct anywhere}'),
    ).sink.errors.map(formatError);
    expect(errors).toContainEqual(expect.stringMatching(/unknown attribute "anywhere" on ":::option"/));
  });
});

describe('an exercise in several parts', () => {
  const exercise = (id: string, number: number) => `::::exercise{#${id} type="choice" number="${number}"}
## ${id}
Choose.

:::option{#${id}-yes correct}
Yes

Because.
:::

:::option{#${id}-no}
No

Because not.
:::
::::
`;
  const module = (...exercises: string[]) =>
    `---\ntitle: Truth\nmessage: Truth\n---\n\n:::intro\nIntro.\n:::\n\n${exercises.join('\n')}\n:::recap\nRecap.\n:::\n\n:::educator\nNotes.\n:::\n`;

  it('numbers the parts that share a number, and leaves a lone exercise without parts', () => {
    const { doc, sink } = compile(
      module(exercise('a-post', 5), exercise('an-ad', 5), exercise('statements', 5)),
    );
    expect(sink.errors).toEqual([]);
    const parts = doc?.kind === 'module' ? doc.parts : [];
    expect(parts.map((p) => (p.kind === 'exercise' ? [p.number, p.part] : null))).toEqual([
      [5, { index: 1, of: 3 }],
      [5, { index: 2, of: 3 }],
      [5, { index: 3, of: 3 }],
    ]);
    const lone = compile(module(exercise('one', 6), exercise('two', 7))).doc;
    expect(lone?.kind === 'module' && lone.parts.map((p) => p.kind === 'exercise' && p.part)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('must keep its parts together: a number used again after another is an error at its line', () => {
    const errors = compile(module(exercise('a', 5), exercise('b', 6), exercise('c', 5))).sink.errors.map(
      formatError,
    );
    expect(errors).toEqual([
      expect.stringMatching(/^wb\/01-module\.md:\d+: exercise number 5 is used again/),
    ]);
  });
});
