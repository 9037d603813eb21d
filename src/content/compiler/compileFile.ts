/** One content file -> a validated document plus the structure translations are compared against. */
import {
  GUIDE_TEXT_KEYS,
  guideFrontMatterSchema,
  STORY_TEXT_KEYS,
  storyFrontMatterSchema,
  tierItemSchema,
  type Tier,
  type TierItem,
} from '../schema.ts';
import { ErrorSink } from './errors.ts';
import { splitFrontMatter, parseFrontMatter } from './frontMatter.ts';
import { parseBody, type DirectiveNode } from './markdown.ts';
import {
  GUIDE_DIRECTIVES,
  HELP_DIRECTIVES,
  NET_RULES_DIRECTIVES,
  STORYBOOK_DIRECTIVES,
  validateTree,
  WORKBOOK_DIRECTIVES,
} from './directives.ts';
import { assembleRule } from './netRules.ts';
import { RULE_TEXT_KEYS, ruleFrontMatterSchema } from '../netRulesSchema.ts';
import { assembleModule } from './workbook.ts';
import { MODULE_TEXT_KEYS, moduleFrontMatterSchema } from '../workbookSchema.ts';
import { assembleStory } from './story.ts';
import { assembleHelp } from './help.ts';
import { HELP_TEXT_KEYS, helpFrontMatterSchema } from '../helpSchema.ts';
import { SLUG_PATTERN } from '../slug.ts';

export const MAX_FILE_BYTES = 64 * 1024;
export const FILE_NAME = new RegExp(`^(\\d\\d)-(${SLUG_PATTERN})\\.md$`);

export interface CompiledFile {
  id: string;
  order: number;
  doc: TierItem | null;
  tree: DirectiveNode | null;
  /** Front matter values that are structure (not words), for the parity check. */
  structure: Record<string, unknown>;
  sink: ErrorSink;
}

function structureOf(front: Record<string, unknown>, textKeys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(front).filter(([k]) => !textKeys.includes(k)));
}

function decode(bytes: Uint8Array, sink: ErrorSink): string | null {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    sink.add(1, `file is too large (${bytes.byteLength} bytes; at most ${MAX_FILE_BYTES}): split it`);
    return null;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) {
      sink.add(1, 'file contains NUL characters: save it as UTF-8 text');
      return null;
    }
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    sink.add(1, 'file is not valid UTF-8: save it with UTF-8 encoding');
    return null;
  }
}

export function compileFile(file: string, bytes: Uint8Array, tier: Tier, untranslated = false): CompiledFile {
  const sink = new ErrorSink(file);
  const name = file.split('/').pop() ?? file;
  const match = FILE_NAME.exec(name);
  const result: CompiledFile = {
    id: match?.[2] ?? name,
    order: Number(match?.[1] ?? 0),
    doc: null,
    tree: null,
    structure: {},
    sink,
  };
  if (!match) {
    sink.add(1, 'file name must look like "NN-english-slug.md" (two digits, a dash, a kebab-case id)');
    return result;
  }
  const text = decode(bytes, sink);
  if (text === null) return result;
  const split = splitFrontMatter(text, sink);
  if (!split) return result;
  // A guide (prose for grown-ups) says so in its front matter; everything else in a tier is that tier's kind.
  const isGuide = /^kind:\s*guide\s*$/m.test(split.yaml) || tier === 'grown-ups';
  const format = isGuide
    ? 'guide'
    : (
        {
          storybook: 'story',
          workbook: 'module',
          'net-rules': 'rule',
          help: 'help',
          'grown-ups': 'guide',
        } as const
      )[tier];
  const tree = parseBody(split.body, split.bodyLineOffset, sink);
  const specs = {
    guide: GUIDE_DIRECTIVES,
    module: WORKBOOK_DIRECTIVES,
    story: STORYBOOK_DIRECTIVES,
    rule: NET_RULES_DIRECTIVES,
    help: HELP_DIRECTIVES,
  };
  validateTree(tree, specs[format], sink);
  result.tree = tree;
  const meta = { id: result.id, order: result.order, untranslated };
  let doc: TierItem | null = null;
  if (format === 'guide') {
    const front = parseFrontMatter(split.yaml, guideFrontMatterSchema, sink);
    if (front) {
      result.structure = structureOf(front, GUIDE_TEXT_KEYS);
      const sections = tree.children.map((c) => ({ id: c.attrs.id ?? '', body: c.body }));
      doc = { ...meta, kind: 'guide', title: front.title, sections };
    }
  } else if (format === 'help') {
    const front = parseFrontMatter(split.yaml, helpFrontMatterSchema, sink);
    if (front) {
      result.structure = structureOf(front, HELP_TEXT_KEYS);
      doc = assembleHelp(tree, front, meta, sink);
    }
  } else if (format === 'rule') {
    const front = parseFrontMatter(split.yaml, ruleFrontMatterSchema, sink);
    if (front) {
      result.structure = structureOf(front, RULE_TEXT_KEYS);
      doc = assembleRule(tree, front, meta, sink);
    }
  } else if (format === 'module') {
    const front = parseFrontMatter(split.yaml, moduleFrontMatterSchema, sink);
    if (front) {
      result.structure = structureOf(front, MODULE_TEXT_KEYS);
      doc = assembleModule(tree, front, meta, sink);
    }
  } else {
    const front = parseFrontMatter(split.yaml, storyFrontMatterSchema, sink);
    if (front) {
      result.structure = structureOf(front, STORY_TEXT_KEYS);
      doc = assembleStory(tree, front, meta, sink);
    }
  }
  if (!doc) return result;
  if (!sink.ok) return result;
  // A safety net: the assembled story must satisfy the schema the app is typed by.
  const checked = tierItemSchema.safeParse(doc);
  if (!checked.success) {
    for (const issue of checked.error.issues)
      sink.add(1, `internal: ${issue.path.join('.')}: ${issue.message}`);
    return result;
  }
  result.doc = checked.data;
  return result;
}
