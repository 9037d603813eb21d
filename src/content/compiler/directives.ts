/**
 * What each directive may contain and which attributes it takes. Attributes never carry words (only ids,
 * art names and flags), so every attribute is structure that translations must keep exactly as in English.
 */
import { PROPS, SANGO_EXPRESSIONS, SCENES } from '../artNames.ts';
import { castProblem } from '../cast.ts';
import { ACTIVITY_TYPES, SPEAKERS, SPOT_LOOKS, SPOT_ROLES } from '../workbookSchema.ts';
import { QUESTION_TYPES } from '../netRulesTypes.ts';
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';
import { SLUG } from '../slug.ts';

export type AttrType =
  | 'scene'
  | 'sango'
  | 'characters'
  | 'props'
  | 'flag'
  | 'ref'
  | 'int'
  | 'bool'
  | 'activity'
  | 'look'
  | 'speaker'
  | 'role'
  | 'question';

export interface DirectiveSpec {
  id: 'required' | 'none';
  attrs: Record<string, AttrType>;
  body: 'required' | 'none';
  /** Allowed nested directives with how many of each. */
  children: Record<string, { min: number; max: number }>;
}

/** `characters` lists who is in the picture, each with an optional mood: "mei:worried,grandpa" (see cast.ts). */
const picture = { scene: 'scene', characters: 'characters', props: 'props', sango: 'sango' } as const;

export const STORYBOOK_DIRECTIVES: Record<string, DirectiveSpec> = {
  root: {
    id: 'none',
    attrs: {},
    body: 'none',
    children: { page: { min: 1, max: 30 }, choice: { min: 1, max: 3 }, talk: { min: 1, max: 3 } },
  },
  page: { id: 'required', attrs: picture, body: 'required', children: {} },
  choice: {
    id: 'required',
    attrs: picture,
    body: 'required',
    children: { option: { min: 2, max: 3 }, reaction: { min: 2, max: 3 }, hint: { min: 1, max: 1 } },
  },
  option: {
    id: 'required',
    attrs: { best: 'flag', characters: 'characters', props: 'props', sango: 'sango' },
    body: 'required',
    children: {},
  },
  reaction: { id: 'none', attrs: { for: 'ref', sango: 'sango' }, body: 'required', children: {} },
  hint: { id: 'none', attrs: { sango: 'sango' }, body: 'required', children: {} },
  talk: { id: 'required', attrs: picture, body: 'required', children: {} },
};

export const GUIDE_DIRECTIVES: Record<string, DirectiveSpec> = {
  root: { id: 'none', attrs: {}, body: 'none', children: { section: { min: 1, max: 12 } } },
  section: { id: 'required', attrs: {}, body: 'required', children: {} },
};

/**
 * A help page: the lead (the one thing to remember), what to do right now as picture cards, then sections.
 * Links stay in the words (Markdown links); a test checks every locale links to the same places.
 */
export const HELP_DIRECTIVES: Record<string, DirectiveSpec> = {
  root: {
    id: 'none',
    attrs: {},
    body: 'none',
    children: { lead: { min: 1, max: 1 }, step: { min: 0, max: 6 }, section: { min: 0, max: 10 } },
  },
  lead: { id: 'none', attrs: { sango: 'sango' }, body: 'required', children: {} },
  step: { id: 'required', attrs: picture, body: 'required', children: {} },
  section: { id: 'required', attrs: {}, body: 'required', children: {} },
};

const text = { id: 'none', attrs: {}, body: 'required', children: {} } as const;
const item = (attrs: Record<string, AttrType> = {}): DirectiveSpec => ({
  id: 'required',
  attrs,
  body: 'required',
  children: {},
});
const upTo = (max: number) => ({ min: 0, max });

export const WORKBOOK_DIRECTIVES: Record<string, DirectiveSpec> = {
  root: {
    id: 'none',
    attrs: {},
    body: 'none',
    children: {
      intro: { min: 1, max: 1 },
      exercise: { min: 1, max: 6 },
      summary: upTo(1),
      recap: { min: 1, max: 1 },
      educator: { min: 1, max: 1 },
    },
  },
  intro: text,
  recap: text,
  educator: text,
  summary: { id: 'required', attrs: {}, body: 'required', children: {} },
  exercise: {
    id: 'required',
    attrs: { type: 'activity', number: 'int', pick: 'int', opinion: 'flag', look: 'look' },
    body: 'required',
    children: {
      bin: upTo(3),
      card: upTo(30),
      option: upTo(8),
      statement: upTo(10),
      step: upTo(8),
      message: upTo(10),
      pair: upTo(8),
      part: upTo(10),
      hint: upTo(1),
      feedback: upTo(1),
    },
  },
  bin: item(),
  card: item({ bin: 'ref' }),
  option: item({ correct: 'flag' }),
  statement: item({ answer: 'bool' }),
  // An order step that is right at any place (telling a trusted adult): never marked out of order.
  step: item({ anywhere: 'flag' }),
  message: item({ round: 'ref', correct: 'flag' }),
  pair: item(),
  // A part of a spot exercise's screen: `flag` marks one to find; in a chat, `from` says who wrote it; in a
  // post, ad or page, `as` says what the part is (a headline, a picture…), so it is drawn as one.
  part: item({ flag: 'flag', from: 'speaker', as: 'role' }),
  hint: text,
  feedback: text,
};

export const NET_RULES_DIRECTIVES: Record<string, DirectiveSpec> = {
  root: {
    id: 'none',
    attrs: {},
    body: 'none',
    children: { card: { min: 1, max: 8 }, question: { min: 1, max: 12 }, next: { min: 1, max: 1 } },
  },
  card: { id: 'required', attrs: {}, body: 'required', children: {} },
  question: {
    id: 'required',
    attrs: { quick: 'flag', type: 'question' },
    body: 'required',
    // Which of these a question holds depends on its type; the assembler checks it (netRules.ts).
    children: { option: upTo(6), message: upTo(8), step: upTo(7) },
  },
  option: item({ correct: 'flag' }),
  // A chat's message: `from` says who wrote it, `flag` marks a red flag to spot.
  message: item({ from: 'speaker', flag: 'flag' }),
  // A step in order; `anywhere` marks one right at any place (telling a trusted adult).
  step: item({ anywhere: 'flag' }),
  next: text,
};

const VOCAB: Partial<Record<AttrType, readonly string[]>> = {
  activity: ACTIVITY_TYPES,
  look: SPOT_LOOKS,
  speaker: SPEAKERS,
  role: SPOT_ROLES,
  question: QUESTION_TYPES,
  bool: ['true', 'false'],
  scene: SCENES,
  sango: SANGO_EXPRESSIONS,
  props: PROPS,
};

function checkAttr(type: AttrType, value: string): string | null {
  if (type === 'flag')
    return value === '' || value === 'true' ? null : 'is a flag: write it alone, without a value';
  if (type === 'ref') return SLUG.test(value) ? null : 'must be the id of another directive';
  if (type === 'int') return /^[1-9]\d{0,2}$/.test(value) ? null : 'must be a whole number';
  if (type === 'characters') return castProblem(value.split(','));
  const allowed = VOCAB[type] ?? [];
  const values = type === 'props' ? value.split(',').map((s) => s.trim()) : [value];
  const bad = values.filter((v) => !allowed.includes(v));
  return bad.length ? `has unknown name "${bad.join('", "')}" (known: ${allowed.join(', ')})` : null;
}

/** Validates a directive tree against its spec; reports every problem at its line. */
export function validateTree(
  node: DirectiveNode,
  specs: Record<string, DirectiveSpec>,
  sink: ErrorSink,
  ids: Map<string, number> = new Map(),
): void {
  const spec = specs[node.name];
  if (!spec) return; // reported by the parent, which knows where the directive may not stand
  const where = node.name === 'root' ? 'the top level' : `":::${node.name}"`;
  for (const [key, value] of Object.entries(node.attrs)) {
    if (key === 'id') continue;
    const type = spec.attrs[key];
    if (!type) {
      const known = Object.keys(spec.attrs);
      sink.add(
        node.line,
        `unknown attribute "${key}" on ${where}` + (known.length ? ` (allowed: ${known.join(', ')})` : ''),
      );
      continue;
    }
    if (/[<>"'`]/.test(value)) {
      sink.add(node.line, `attribute "${key}" on ${where} contains markup characters`);
      continue;
    }
    const problem = checkAttr(type, value);
    if (problem) sink.add(node.line, `attribute "${key}" on ${where} ${problem}`);
  }
  const id = node.attrs.id;
  if (spec.id === 'required' && !id) sink.add(node.line, `${where} needs an id, e.g. {#my-id}`);
  if (spec.id === 'none' && id !== undefined) sink.add(node.line, `${where} does not take an id`);
  if (id !== undefined && spec.id === 'required') {
    if (!SLUG.test(id)) sink.add(node.line, `id "${id}" must be an English kebab-case slug`);
    const first = ids.get(id);
    if (first !== undefined) sink.add(node.line, `duplicate id "${id}" (first used at line ${first})`);
    else ids.set(id, node.line);
  }
  if (spec.body === 'required' && node.body.length === 0) sink.add(node.line, `${where} needs some text`);
  if (spec.body === 'none' && node.body.length > 0) {
    sink.add(
      node.bodyLine ?? node.line,
      `text is not allowed directly at ${where}: put it inside a directive`,
    );
  }
  const counts = new Map<string, number>();
  for (const child of node.children) {
    if (!spec.children[child.name]) {
      const allowed = Object.keys(spec.children).map((n) => `:::${n}`);
      sink.add(
        child.line,
        specs[child.name]
          ? `":::${child.name}" cannot stand inside ${where}` +
              (allowed.length ? ` (allowed: ${allowed.join(', ')})` : '')
          : `unknown directive ":::${child.name}"` +
              (allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''),
      );
      continue;
    }
    counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
    validateTree(child, specs, sink, ids);
  }
  for (const [name, { min, max }] of Object.entries(spec.children)) {
    const n = counts.get(name) ?? 0;
    if (n < min || n > max) {
      const range = min === max ? `${min}` : `${min} to ${max}`;
      sink.add(node.line, `${where} needs ${range} ":::${name}" (found ${n})`);
    }
  }
}
