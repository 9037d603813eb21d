// @vitest-environment node
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
    if (sort?.kind !== 'exercise') throw new Error('not an exercise');
    expect(sort.bins.map((b) => b.id)).toEqual(['right', 'want']);
    expect(sort.items[0]).toEqual({
      id: 'clean-air',
      label: [{ t: 'text', v: 'Clean air' }],
      explain: [{ t: 'p', c: [{ t: 'text', v: 'Everyone needs clean air to live.' }] }],
      bin: 'right',
    });
    const choice = doc.parts[2];
    expect(choice?.kind === 'exercise' && choice.items.map((i) => [i.id, i.correct])).toEqual([
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
