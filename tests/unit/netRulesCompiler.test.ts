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
    expect(doc.questions[0]).toMatchObject({ id: 'q1', quick: true });
    expect(doc.questions[0]?.options.map((o) => [o.id, o.correct])).toEqual([
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
      /option "a" needs an explanation/,
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
