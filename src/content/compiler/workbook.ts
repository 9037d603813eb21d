/** Assembles a validated workbook module, checking the rules each activity type obeys (activityRules.ts). */
import type { Block, Inline } from '../richText.ts';
import type {
  ActivityType,
  Bin,
  Exercise,
  ModulePart,
  SPEAKERS,
  SpotLook,
  SpotRole,
  WorkbookModule,
} from '../workbookSchema.ts';
import { checkType, ITEM_DIRECTIVE, type WrittenItem } from './activityRules.ts';
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';

type Speaker = (typeof SPEAKERS)[number];

const ITEM_NAMES = new Set(Object.values(ITEM_DIRECTIVE));

/** "## Title" then the rest: a page's heading becomes its title. */
export function titled(node: DirectiveNode, sink: ErrorSink): { title: string; rest: Block[] } {
  const [first, ...rest] = node.body;
  if (!first || first.t !== 'h' || first.level !== 2) {
    sink.add(node.line, `":::${node.name}" must start with a "## Title" heading`);
    return { title: '', rest: node.body };
  }
  return { title: plain(first.c), rest };
}

function plain(nodes: Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : n.t === 'br' ? ' ' : plain(n.c))).join('');
}

/** An item's first paragraph is its label; a match pair's second paragraph is its right-hand card. */
export function labelled(node: DirectiveNode, sink: ErrorSink, withMatch: boolean) {
  const paragraphs: Inline[][] = [];
  let i = 0;
  for (; i < node.body.length && paragraphs.length < (withMatch ? 2 : 1); i++) {
    const b = node.body[i];
    if (b?.t !== 'p') break;
    paragraphs.push(b.c);
  }
  const [label = [], match] = paragraphs;
  if (label.length === 0)
    sink.add(node.line, `":::${node.name}" must start with a short paragraph: its label`);
  if (withMatch && !match)
    sink.add(node.line, '":::pair" needs two paragraphs: the left card, then the card it matches');
  return { label, match, explain: node.body.slice(i) };
}

function exercise(node: DirectiveNode, sink: ErrorSink): Exercise {
  const type = (node.attrs.type ?? 'choice') as ActivityType;
  const { title, rest } = titled(node, sink);
  const opinion = 'opinion' in node.attrs;
  const itemName = ITEM_DIRECTIVE[type];
  const wrong = node.children.filter((c) => ITEM_NAMES.has(c.name) && c.name !== itemName);
  for (const w of wrong) sink.add(w.line, `a "${type}" exercise takes ":::${itemName}", not ":::${w.name}"`);
  if (!node.attrs.type) sink.add(node.line, 'an exercise needs a type, e.g. type="sort"');
  if (!node.attrs.number)
    sink.add(node.line, 'an exercise needs its number in the workbook, e.g. number="1"');

  const bins: Bin[] = node.children
    .filter((c) => c.name === 'bin')
    .map((b) => ({ id: b.attrs.id ?? '', label: labelled(b, sink, false).label }));
  const itemNodes = node.children.filter((c) => c.name === itemName);
  const items: WrittenItem[] = itemNodes.map((n) => {
    const { label, match, explain } = labelled(n, sink, type === 'match');
    const it: WrittenItem = { id: n.attrs.id ?? '', label, explain };
    if (n.attrs.bin !== undefined) it.bin = n.attrs.bin;
    if ('correct' in n.attrs) it.correct = true;
    else if (type === 'choice' || type === 'multi' || type === 'kinder') it.correct = false;
    if (n.attrs.answer !== undefined) it.answer = n.attrs.answer === 'true';
    if (n.attrs.round !== undefined) it.round = n.attrs.round;
    if (match) it.match = match;
    if ('anywhere' in n.attrs) it.anywhere = true;
    if (type === 'spot') it.flag = 'flag' in n.attrs;
    if (n.attrs.from !== undefined) it.from = n.attrs.from as Speaker;
    if (n.attrs.as !== undefined) it.as = n.attrs.as as SpotRole;
    return it;
  });
  checkType(node, type, opinion, bins, items, itemNodes, sink);
  const pick = node.attrs.pick ? Number(node.attrs.pick) : undefined;
  const only = (name: string) => node.children.find((c) => c.name === name)?.body ?? [];
  const common = {
    kind: 'exercise' as const,
    id: node.attrs.id ?? '',
    number: Number(node.attrs.number ?? 0),
    title,
    instructions: rest,
    opinion,
    hint: only('hint'),
    feedback: only('feedback'),
  };
  return shaped(type, common, items, bins, pick ?? 0, (node.attrs.look ?? 'post') as SpotLook);
}

/**
 * The exercise in its type's own shape: each item keeps the one answer its type checks. A missing answer was
 * already reported by checkType (the doc is then dropped), so the stand-ins here never reach the app.
 */
function shaped(
  type: ActivityType,
  common: Omit<Exercise, 'type' | 'items' | 'bins' | 'pick'>,
  items: WrittenItem[],
  bins: Bin[],
  pick: number,
  look: SpotLook,
): Exercise {
  const own = ({ id, label, explain }: WrittenItem) => ({ id, label, explain });
  switch (type) {
    case 'sort':
      return { ...common, type, bins, items: items.map((i) => ({ ...own(i), bin: i.bin ?? '' })) };
    case 'rank':
      return { ...common, type, pick, items: items.map(own) };
    case 'choice':
    case 'multi':
      return { ...common, type, items: items.map((i) => ({ ...own(i), correct: i.correct === true })) };
    case 'true-false':
      return { ...common, type, items: items.map((i) => ({ ...own(i), answer: i.answer === true })) };
    case 'order':
      return {
        ...common,
        type,
        items: items.map((i) => (i.anywhere ? { ...own(i), anywhere: true } : own(i))),
      };
    case 'kinder':
      return {
        ...common,
        type,
        items: items.map((i) => ({ ...own(i), round: i.round ?? '', correct: i.correct === true })),
      };
    case 'match':
      return { ...common, type, items: items.map((i) => ({ ...own(i), match: i.match ?? [] })) };
    case 'spot':
      return {
        ...common,
        type,
        look,
        items: items.map((i) => ({
          ...own(i),
          flag: i.flag === true,
          ...(i.from ? { from: i.from } : {}),
          ...(i.as ? { as: i.as } : {}),
        })),
      };
  }
}

/**
 * Exercises that share a number are the parts of one exercise: they must follow each other, and each learns
 * its place ("part 2 of 4"). A number used again further on is a mistake, reported on the later exercise.
 */
function numberParts(parts: ModulePart[], root: DirectiveNode, sink: ErrorSink): void {
  const exercises = parts.filter((p): p is Exercise => p.kind === 'exercise');
  const lines = root.children.filter((c) => c.name === 'exercise').map((c) => c.line);
  exercises.forEach((ex, i) => {
    const earlier = exercises.slice(0, i).findIndex((e) => e.number === ex.number);
    const before = exercises[i - 1];
    if (earlier !== -1 && before?.number !== ex.number) {
      sink.add(lines[i] ?? root.line, `exercise number ${ex.number} is used again after another number`);
    }
  });
  for (const ex of exercises) {
    const group = exercises.filter((e) => e.number === ex.number);
    if (group.length > 1) ex.part = { index: group.indexOf(ex) + 1, of: group.length };
  }
}

export function assembleModule(
  root: DirectiveNode,
  front: { title: string; message: string },
  meta: { id: string; order: number; untranslated: boolean },
  sink: ErrorSink,
): WorkbookModule {
  const body = (name: string) => root.children.find((c) => c.name === name)?.body ?? [];
  const parts: ModulePart[] = root.children.flatMap((node): ModulePart[] => {
    if (node.name === 'exercise') return [exercise(node, sink)];
    if (node.name !== 'summary') return [];
    const { title, rest } = titled(node, sink);
    return [{ kind: 'summary', id: node.attrs.id ?? '', title, body: rest }];
  });
  // Only on a sound module: an exercise of an unknown type has no shape to number.
  if (sink.ok) numberParts(parts, root, sink);
  return {
    kind: 'module',
    ...meta,
    ...front,
    intro: body('intro'),
    parts,
    recap: body('recap'),
    educator: body('educator'),
  };
}
