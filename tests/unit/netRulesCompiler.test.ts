import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/content/compiler/compileFile.ts';
import { formatError } from '../../src/content/compiler/errors.ts';

const valid = readFileSync(join(__dirname, '../fixtures/content/net-rules/01-valid-rule.md'), 'utf8');
const compile = (text: string) => compileFile('nr/01-rule.md', new TextEncoder().encode(text), 'net-rules');

describe('Net Rules compiler', () => {
  it('compiles a rule: cards, questions with explained options, what to do next', () => {
    const { doc, sink } = compile(valid);
    expect(sink.errors).toEqual([]);
    if (doc?.kind !== 'rule') throw new Error('not a rule');
    expect(doc.short).toBe('One line about it.');
    expect(doc.cards).toEqual([
      { id: 'first', title: 'First card', body: [{ t: 'p', c: [{ t: 'text', v: 'Some words.' }] }] },
    ]);
    expect(doc.questions[0]).toMatchObject({ id: 'q1', quick: true, type: 'choice' });
    const q1 = doc.questions[0];
    if (q1?.type !== 'choice') throw new Error('not a choice');
    expect(q1.options.map((o) => [o.id, o.correct])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  const BAD: [name: string, edit: (s: string) => string, line: number, message: RegExp][] = [
    [
      'two correct options',
      (s) => s.replace(':::option{#a}', ':::option{#a correct}'),
      11,
      /exactly one option marked "correct" \(found 2\)/,
    ],
    ['no quick question', (s) => s.replace('{#q1 quick}', '{#q1}'), 5, /exactly one question marked "quick"/],
    [
      'an option without explanation',
      (s) => s.replace('Ignore it\n\nIt does not help.\n', 'Ignore it\n'),
      14,
      /"a" needs an explanation/,
    ],
    ['no what-to-do-next', (s) => s.replace(/:::next[\s\S]*?:::\n/, ''), 5, /needs 1 ":::next" \(found 0\)/],
    [
      'a card without a title',
      (s) => s.replace('## First card\n', ''),
      6,
      /must start with a "## Title" heading/,
    ],
  ];
  it.each(BAD)('rejects %s with file:line', (_name, edit, line, message) => {
    const errors = compile(edit(valid)).sink.errors.map(formatError);
    const match = errors.find((e) => message.test(e));
    expect(match, errors.join('\n')).toBeDefined();
    expect(match?.startsWith(`nr/01-rule.md:${line}: `)).toBe(true);
  });
});

describe('Net Rules question types', () => {
  const withQuestion = (q: string) => valid.replace(':::next', `${q}\n:::next`);
  const item = (name: string, id: string, attrs = '', words = id) =>
    `:::${name}{#${id}${attrs}}\n${words}\n\nWhy ${id}.\n:::\n`;

  it('compiles choose-all, spot-the-flag and order questions in their own shapes', () => {
    const multi = `::::question{#m type="multi"}\nWhich?\n\n${item('option', 'x', ' correct')}${item('option', 'y')}${item('option', 'z', ' correct')}::::\n`;
    const chat = `::::question{#c type="chat"}\nSpot it.\n\n${item('message', 'hi', ' from="them"')}${item('message', 'ok', ' from="you"')}${item('message', 'secret', ' from="them" flag')}::::\n`;
    const order = `::::question{#o type="order"}\nIn order.\n\n${item('step', 'one')}${item('step', 'tell', ' anywhere')}${item('step', 'two')}::::\n`;
    const { doc, sink } = compile(withQuestion(multi + chat + order));
    expect(sink.errors).toEqual([]);
    if (doc?.kind !== 'rule') throw new Error('not a rule');
    const [, m, c, o] = doc.questions;
    expect(m).toMatchObject({
      type: 'multi',
      quick: false,
      options: [{ correct: true }, { correct: false }, { correct: true }],
    });
    expect(c).toMatchObject({
      type: 'chat',
      options: [
        { id: 'hi', from: 'them', flag: false },
        { id: 'ok', from: 'you', flag: false },
        { id: 'secret', from: 'them', flag: true },
      ],
    });
    expect(o).toMatchObject({
      type: 'order',
      options: [{ anywhere: false }, { anywhere: true }, { anywhere: false }],
    });
  });

  it.each([
    [
      'a chat with nothing to spot',
      `::::question{#c type="chat"}\nSpot.\n\n${item('message', 'a', ' from="them"')}${item('message', 'b', ' from="you"')}${item('message', 'd', ' from="them"')}::::\n`,
      /needs messages with and without "flag"/,
    ],
    [
      'a message with no speaker',
      `::::question{#c type="chat"}\nSpot.\n\n${item('message', 'a', ' flag')}${item('message', 'b', ' from="you"')}${item('message', 'd', ' from="them"')}::::\n`,
      /message "a" needs from="them" or from="you"/,
    ],
    [
      'a speaker nobody knows',
      `::::question{#c type="chat"}\nSpot.\n\n${item('message', 'a', ' from="bot" flag')}${item('message', 'b', ' from="you"')}${item('message', 'd', ' from="them"')}::::\n`,
      /attribute "from".*unknown name "bot"/,
    ],
    [
      'a choose-all with every option right',
      `::::question{#m type="multi"}\nWhich?\n\n${item('option', 'x', ' correct')}${item('option', 'y', ' correct')}${item('option', 'z', ' correct')}::::\n`,
      /options with and without "correct"/,
    ],
    [
      'an order with only "anywhere" steps',
      `::::question{#o type="order"}\nOrder.\n\n${item('step', 'a', ' anywhere')}${item('step', 'b', ' anywhere')}${item('step', 'c')}::::\n`,
      /at least 2 steps with a place of their own/,
    ],
    [
      'a quick question that is not a choice',
      `::::question{#m type="multi" quick}\nWhich?\n\n${item('option', 'x', ' correct')}${item('option', 'y')}${item('option', 'z')}::::\n`,
      /quick \(Level 1\) question must be a choice/,
    ],
    [
      'a step in a choice question',
      `::::question{#q2}\nWhich?\n\n${item('option', 'x', ' correct')}${item('step', 'y')}::::\n`,
      /a "choice" question takes ":::option", not ":::step"/,
    ],
  ])('rejects %s, naming file:line', (_what, q, message) => {
    const errors = compile(withQuestion(q)).sink.errors.map(formatError);
    expect(
      errors.find((e) => message.test(e)),
      errors.join('\n'),
    ).toMatch(/^nr\/01-rule\.md:\d+: /);
  });
});
