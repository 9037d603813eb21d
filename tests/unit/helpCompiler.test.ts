/** Help pages compile from Markdown: a lead, picture steps and titled sections; mistakes name file:line. */
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/content/compiler/compileFile.ts';
import { formatError } from '../../src/content/compiler/errors.ts';

const PAGE = `---
title: Help
---

:::lead{sango="waving"}
## Tell a grown-up you trust.
You are not in trouble.
:::

:::step{#turn-it-over characters="mei" props="tablet-face-down"}
Turn the screen over.
:::

:::section{#who-can-help}
## Who can help?
Your teacher.
:::
`;
const compile = (text: string, name = '01-storybook.md') =>
  compileFile(`content/en/help/${name}`, new TextEncoder().encode(text), 'help');

describe('help compiler', () => {
  it('compiles the lead, the steps with their pictures, and the sections', () => {
    const { doc, sink } = compile(PAGE);
    expect(sink.errors).toEqual([]);
    expect(doc).toMatchObject({
      kind: 'help',
      id: 'storybook',
      title: 'Help',
      lead: { sango: 'waving' },
      steps: [{ id: 'turn-it-over', picture: { characters: ['mei'], props: ['tablet-face-down'] } }],
      sections: [{ id: 'who-can-help' }],
    });
  });

  it.each<[string, string, string, RegExp]>([
    ['a page for no tier', PAGE, '01-teachers.md', /named after the tier it is for/],
    [
      'a lead with no heading',
      PAGE.replace('## Tell a grown-up you trust.\n', ''),
      '01-storybook.md',
      /":::lead" must start with a "## Heading"/,
    ],
    [
      'a section with no heading',
      PAGE.replace('## Who can help?\n', ''),
      '01-storybook.md',
      /":::section" must start with a "## Heading"/,
    ],
    [
      'an unknown picture',
      PAGE.replace('tablet-face-down', 'spaceship'),
      '01-storybook.md',
      /unknown name "spaceship"/,
    ],
    ['no lead', PAGE.replace(/:::lead[\s\S]*?:::\n/, ''), '01-storybook.md', /needs 1 ":::lead" \(found 0\)/],
  ])('rejects %s with file:line', (_what, text, name, message) => {
    const errors = compile(text, name).sink.errors.map(formatError);
    expect(
      errors.find((e) => message.test(e)),
      errors.join('\n'),
    ).toMatch(/^content\/en\/help\/\d\d-[a-z-]+\.md:\d+: /);
  });
});
