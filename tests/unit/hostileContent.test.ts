/**
 * Hostile Markdown: every input that could smuggle script, styles, remote requests or bad bytes into the app
 * must fail the content compile with a message naming the file and the problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/content/compiler/compileFile.ts';
import { formatError } from '../../src/content/compiler/errors.ts';

const DIR = join(__dirname, '../fixtures/content/hostile');
const EXPECTED: Record<string, RegExp> = {
  'script-tag': /raw HTML is not allowed/,
  'script-block': /raw HTML is not allowed/,
  'event-handler': /raw HTML is not allowed/,
  'event-handler-div': /raw HTML is not allowed/,
  'javascript-link': /unsafe link "javascript:/,
  'javascript-link-upper': /unsafe link "JaVaScRiPt:/,
  'javascript-autolink': /unsafe link "javascript:/,
  'data-link': /unsafe link "data:/,
  'vbscript-link': /unsafe link "vbscript:/,
  'http-link': /unsafe link "http:/,
  'protocol-relative-link': /unsafe link "\/\/evil/,
  'remote-image': /remote image "https:\/\/tracker/,
  'remote-image-reference': /imageReference is not supported/,
  'data-image': /remote image "data:/,
  iframe: /raw HTML is not allowed/,
  'style-tag': /raw HTML is not allowed/,
  'html-comment-hiding-markup': /raw HTML is not allowed/,
  'attribute-markup': /contains markup characters|unknown name|raw HTML is not allowed/,
  'attribute-event': /unknown attribute "onmouseover"/,
  'attribute-javascript': /unknown name "javascript"/,
  'object-embed': /raw HTML is not allowed/,
  'svg-inline': /raw HTML is not allowed/,
  'yaml-code-tag': /malformed YAML in front matter/,
  'yaml-html-in-field': /markup is not allowed in front matter/,
  oversized: /file is too large/,
  utf16: /not valid UTF-8/,
  latin1: /not valid UTF-8/,
  'nul-bytes': /NUL characters/,
};

describe('hostile content', () => {
  const files = readdirSync(DIR).sort();
  it('has a fixture for every expected case, and at least 20', () => {
    expect(files.map((f) => f.replace(/^01-|\.md$/g, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s fails to compile, naming the file and the problem', (file) => {
    const name = `content/en/storybook/${file}`;
    const errors = compileFile(name, readFileSync(join(DIR, file)), 'storybook').sink.errors.map(formatError);
    const expected = EXPECTED[file.replace(/^01-|\.md$/g, '')] ?? /never/;
    expect(
      errors.some((e) => e.startsWith(`${name}:`) && expected.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });
});
