import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/content/compiler/compileFile.ts';
import { compileContent } from '../../src/content/compiler/compileAll.ts';
import { formatError } from '../../src/content/compiler/errors.ts';

const FIXTURES = join(__dirname, '../fixtures/content');
const read = (name: string) => readFileSync(join(FIXTURES, name));
const compile = (name: string) => compileFile(`fixtures/${name}`, read(name), 'storybook');
const messages = (name: string) => compile(name).sink.errors.map(formatError);

describe('content compiler: a valid story', () => {
  it('compiles to the documented shape', () => {
    const { doc: item, sink } = compile('01-valid.md');
    expect(sink.errors).toEqual([]);
    const doc = item?.kind === 'story' ? item : undefined;
    expect(doc?.kind).toBe('story');
    expect(doc?.id).toBe('valid');
    expect(doc?.steps.map((s) => `${s.kind}#${s.id}`)).toEqual([
      'page#first',
      'choice#what-now',
      'talk#talk',
    ]);
    const choice = doc?.steps[1];
    expect(choice?.kind === 'choice' && choice.options.map((o) => [o.id, o.best])).toEqual([
      ['share', true],
      ['silly', false],
    ]);
    expect(doc?.steps[0]).toEqual({
      kind: 'page',
      id: 'first',
      picture: { scene: 'park', characters: ['amara'], sango: 'waving' },
      body: [{ t: 'p', c: [{ t: 'text', v: 'Mia plays in the park.' }] }],
    });
  });
});

// One fixture per kind of bad input: each must fail naming the file, the line and what is wrong.
const BAD: [file: string, line: number, message: RegExp][] = [
  ['01-malformed-yaml.md', 5, /malformed YAML/],
  ['01-missing-field.md', 2, /missing required field "child"/],
  ['01-unknown-field.md', 4, /unknown field "author"/],
  ['01-unknown-directive.md', 39, /unknown directive ":::chat"/],
  ['01-unknown-attribute.md', 11, /unknown attribute "colour" on ":::page"/],
  ['01-unknown-art.md', 11, /attribute "scene" on ":::page" has unknown name "moon-base"/],
  ['01-unknown-mood.md', 11, /attribute "characters" on ":::page" has unknown mood "grumpy" for "amara"/],
  ['01-unknown-cover-mood.md', 7, /field "cover.characters.0": has unknown mood "grumpy" for "amara"/],
  ['01-missing-id.md', 11, /":::page" needs an id/],
  ['01-duplicate-id.md', 39, /duplicate id "first" \(first used at line 11\)/],
  ['01-raw-html.md', 12, /raw HTML is not allowed/],
  ['01-html-comment.md', 14, /raw HTML is not allowed/],
  ['01-javascript-link.md', 12, /unsafe link "javascript:/],
  ['01-data-link.md', 12, /unsafe link "data:/],
  ['01-remote-image.md', 12, /remote image "https:\/\/example.com\/ball.png"/],
  ['01-no-best-option.md', 15, /exactly one option marked "best" \(found 0\)/],
  ['01-missing-reaction.md', 22, /option "silly" needs exactly one ":::reaction/],
  ['01-no-front-matter.md', 1, /missing front matter/],
  ['01-attribute-markup.md', 11, /contains markup characters/],
  ['01-text-outside-directive.md', 39, /text is not allowed directly at the top level/],
  ['01-not-utf8.md', 1, /not valid UTF-8/],
  ['Story One.md', 1, /file name must look like "NN-english-slug.md"/],
];

describe('content compiler: bad input fails with file:line', () => {
  it.each(BAD)('%s', (file, line, message) => {
    const errors = messages(`bad/${file}`);
    const match = errors.find((e) => message.test(e));
    expect(match, `errors were:\n${errors.join('\n')}`).toBeDefined();
    expect(match?.startsWith(`fixtures/bad/${file}:${line}: `)).toBe(true);
  });

  it('rejects oversized files before parsing them', () => {
    const huge = new TextEncoder().encode('---\ntitle: x\n---\n' + 'a'.repeat(70_000));
    const { sink } = compileFile('big/01-huge.md', huge, 'storybook');
    expect(sink.errors.map(formatError)).toEqual([
      expect.stringMatching(/^big\/01-huge.md:1: file is too large/),
    ]);
  });
});

describe('content compiler: moods', () => {
  const valid = readFileSync(join(FIXTURES, '01-valid.md'), 'utf8');
  const story = (text: string) => {
    const { doc, sink } = compileFile('moods/01-valid.md', new TextEncoder().encode(text), 'storybook');
    return { story: doc?.kind === 'story' ? doc : undefined, errors: sink.errors.map(formatError) };
  };

  it('compiles a mood after each character, and leaves anyone named alone happy', () => {
    const { story: doc, errors } = story(
      valid
        .replace('characters: [amara]', 'characters: [amara:worried, grandpa]')
        .replace('characters="amara" sango="waving"', 'characters="leo:sad, amara,dad:happy" sango="waving"')
        .replace(
          ':::option{#share best characters="amara"}',
          ':::option{#share best characters="amara:laughing"}',
        ),
    );
    expect(errors).toEqual([]);
    expect(doc?.cover).toEqual({
      scene: 'park',
      characters: ['amara', 'grandpa'],
      moods: { amara: 'worried' },
      sango: 'happy',
    });
    expect(doc?.steps[0]?.picture).toEqual({
      scene: 'park',
      characters: ['leo', 'amara', 'dad'],
      moods: { leo: 'sad' },
      sango: 'waving',
    });
    const choice = doc?.steps[1];
    expect(choice?.kind === 'choice' && choice.options[0]?.picture).toEqual({
      characters: ['amara'],
      moods: { amara: 'laughing' },
    });
    // Without any mood the compiled picture is exactly what it was before moods existed.
    expect(story(valid).story?.steps[0]?.picture).toEqual({
      scene: 'park',
      characters: ['amara'],
      sango: 'waving',
    });
  });

  it.each([
    ['characters="amara:sad:worried"', /gives "amara" more than one mood/],
    ['characters="amara:sad,amara"', /names "amara" twice/],
    ['characters="amara:"', /unknown mood "" for "amara"/],
    ['characters="sad:amara"', /unknown name "sad"/],
  ])('rejects %s at its line', (attr, message) => {
    const { errors } = story(valid.replace('characters="amara" sango="waving"', `${attr} sango="waving"`));
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`^moods/01-valid.md:11: .*${message.source}`)),
    );
  });

  it('explains a cover mood written with a space after the colon', () => {
    const { errors } = story(valid.replace('characters: [amara]', 'characters: [amara: sad]'));
    expect(errors).toContainEqual(
      expect.stringMatching(/^moods\/01-valid.md:7: .*write a character as mei or mei:worried/),
    );
  });
});

describe('content tree: English defines the shape', () => {
  const valid = readFileSync(join(FIXTURES, '01-valid.md'), 'utf8');
  function tree(files: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'sango-content-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return compileContent(root, 'content');
  }

  it('uses a translation, falls back to English where a file is missing, and reports coverage', () => {
    const fr = valid
      .replace('title: A Test Story', 'title: Une histoire')
      .replace('Mia plays in the park.', 'Mia joue.');
    const result = tree({ 'en/storybook/01-valid.md': valid, 'fr/storybook/01-valid.md': fr });
    expect(result.errors).toEqual([]);
    const frStory = result.content.find((c) => c.locale === 'fr' && c.tier === 'storybook')?.items[0];
    expect(frStory?.title).toBe('Une histoire');
    expect(frStory?.untranslated).toBe(false);
    const esStory = result.content.find((c) => c.locale === 'es' && c.tier === 'storybook')?.items[0];
    expect(esStory?.title).toBe('A Test Story');
    expect(esStory?.untranslated).toBe(true);
    expect(
      result.coverage.filter((c) => c.tier === 'storybook').map((c) => [c.locale, c.translated, c.total]),
    ).toEqual([
      ['en', 1, 1],
      ['fr', 1, 1],
      ['es', 0, 1],
      ['ar', 0, 1],
      ['zh', 0, 1],
      ['ru', 0, 1],
    ]);
  });

  it('rejects a translation that marks a different answer as best', () => {
    const fr = valid
      .replace(':::option{#share best characters="amara"}', ':::option{#share characters="amara"}')
      .replace(':::option{#silly props="ball"}', ':::option{#silly best props="ball"}');
    const { errors } = tree({ 'en/storybook/01-valid.md': valid, 'fr/storybook/01-valid.md': fr });
    expect(errors.map(formatError)).toContainEqual(
      expect.stringMatching(
        /^content\/fr\/storybook\/01-valid.md:18: structure differs from content\/en\/storybook\/01-valid.md: expected :::option#share \{best characters=amara\}/,
      ),
    );
  });

  it('rejects a translation with a missing option, changed art, or no English original', () => {
    const missing = valid.replace(':::option{#silly props="ball"}\nEat the ball!\n:::\n', '');
    const art = valid.replace('cover:\n  scene: park', 'cover:\n  scene: kitchen');
    const { errors } = tree({
      'en/storybook/01-valid.md': valid,
      'fr/storybook/01-valid.md': missing,
      'es/storybook/01-valid.md': art,
      'ru/storybook/02-extra.md': valid,
    });
    const text = errors.map(formatError).join('\n');
    expect(text).toMatch(/content\/fr\/storybook\/01-valid.md:\d+: structure differs .*:::option#silly/);
    expect(text).toMatch(/content\/es\/storybook\/01-valid.md:2: front matter structure differs/);
    expect(text).toMatch(/content\/ru\/storybook\/02-extra.md:1: has no English original/);
  });

  it('rejects unknown locale and tier folders and duplicate ids', () => {
    const { errors } = tree({
      'en/storybook/01-valid.md': valid,
      'en/storybook/02-valid.md': valid,
      'de/storybook/01-valid.md': valid,
      'en/comics/01-valid.md': valid,
    });
    const text = errors.map(formatError).join('\n');
    expect(text).toMatch(/"de" is not a locale folder/);
    expect(text).toMatch(/"en\/comics" is not a tier folder/);
    expect(text).toMatch(/content\/en\/storybook\/02-valid.md:1: duplicate id valid/);
  });
});

describe('the real content', () => {
  it('compiles with no error in every locale', () => {
    const result = compileContent(join(__dirname, '../../content'));
    expect(result.errors.map(formatError)).toEqual([]);
    for (const c of result.content.filter((x) => x.tier === 'storybook')) {
      expect(c.items.map((s) => s.id)).toContain('right-to-play');
    }
  });
});
