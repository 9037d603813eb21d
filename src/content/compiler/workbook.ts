/** Assembles a validated workbook module, checking the rules each activity type obeys. */
import type { Block, Inline } from '../richText.ts';
import type {
  ActivityItem,
  ActivityType,
  Bin,
  Exercise,
  ModulePart,
  SPEAKERS,
  SpotLook,
  SpotRole,
  WorkbookModule,
} from '../workbookSchema.ts';

type Speaker = (typeof SPEAKERS)[number];
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';

/** Which item directive each activity type is written with. */
const ITEM_DIRECTIVE: Record<ActivityType, string> = {
  sort: 'card',
  rank: 'card',
  choice: 'option',
  multi: 'option',
  'true-false': 'statement',
  order: 'step',
  kinder: 'message',
  match: 'pair',
  spot: 'part',
};
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

/** An item as written: every answer attribute its directive allows, whichever the exercise's type reads. */
interface WrittenItem extends Pick<ActivityItem, 'id' | 'label' | 'explain'> {
  bin?: string;
  correct?: boolean;
  answer?: boolean;
  round?: string;
  match?: Inline[];
  anywhere?: true;
  flag?: boolean;
  from?: Speaker;
  as?: SpotRole;
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

function checkType(
  node: DirectiveNode,
  type: ActivityType,
  opinion: boolean,
  bins: Bin[],
  items: WrittenItem[],
  itemNodes: DirectiveNode[],
  sink: ErrorSink,
): void {
  const at = (i: number) => itemNodes[i]?.line ?? node.line;
  const need = (ok: boolean, message: string, line = node.line) => {
    if (!ok) sink.add(line, message);
  };
  need(items.length >= 2, `a "${type}" exercise needs at least 2 ":::${ITEM_DIRECTIVE[type]}"`);
  const correct = items.filter((i) => i.correct).length;
  switch (type) {
    case 'sort':
      need(bins.length >= 2, 'a sort exercise needs 2 or 3 ":::bin"');
      items.forEach((it, i) =>
        need(
          bins.some((b) => b.id === it.bin),
          `card "${it.id}" needs bin="..." naming one of this exercise's bins`,
          at(i),
        ),
      );
      break;
    case 'rank':
      need(node.attrs.pick !== undefined, 'a rank exercise needs pick="N": how many to choose');
      items.forEach((it, i) =>
        need(it.bin === undefined, `card "${it.id}" is ranked, not sorted: it takes no bin="..."`, at(i)),
      );
      need(Number(node.attrs.pick ?? 0) <= items.length, 'pick is larger than the number of cards');
      break;
    case 'choice':
      if (!opinion)
        need(correct === 1, `a choice needs exactly one option marked "correct" (found ${correct})`);
      break;
    case 'multi':
      need(correct >= 1, 'a multi exercise needs at least one option marked "correct"');
      break;
    case 'true-false':
      items.forEach((it, i) =>
        need(it.answer !== undefined, `statement "${it.id}" needs answer="true" or answer="false"`, at(i)),
      );
      break;
    case 'order':
      need(items.length >= 3, 'an order exercise needs at least 3 ":::step"');
      need(
        items.filter((i) => !i.anywhere).length >= 2,
        'an order exercise needs at least 2 steps with a place of their own (not "anywhere")',
      );
      break;
    case 'kinder': {
      const rounds = new Map<string, WrittenItem[]>();
      items.forEach((it, i) => {
        need(it.round !== undefined, `message "${it.id}" needs round="..."`, at(i));
        rounds.set(it.round ?? '', [...(rounds.get(it.round ?? '') ?? []), it]);
      });
      for (const [round, pair] of rounds) {
        need(
          pair.length === 2 && pair.filter((p) => p.correct).length === 1,
          `round "${round}" needs exactly two messages, one marked "correct" (the kinder one)`,
        );
      }
      break;
    }
    case 'match':
      need(items.length >= 3, 'a match exercise needs at least 3 ":::pair"');
      break;
    case 'spot':
      checkSpot(node, items, itemNodes, need);
      break;
  }
}

/** A spot exercise: a look, something to find and something not to, every part explained; `from` only in a chat. */
function checkSpot(
  node: DirectiveNode,
  items: WrittenItem[],
  itemNodes: DirectiveNode[],
  need: (ok: boolean, message: string, line?: number) => void,
): void {
  const chat = node.attrs.look === 'chat';
  need(node.attrs.look !== undefined, 'a spot exercise needs look="chat", "post", "ad" or "page"');
  need(items.length >= 3, 'a spot exercise needs at least 3 ":::part"');
  const flagged = items.filter((i) => i.flag).length;
  need(flagged >= 1 && flagged < items.length, 'a spot exercise needs parts with and without "flag"');
  items.forEach((it, i) => {
    const line = itemNodes[i]?.line;
    need(it.explain.length > 0, `part "${it.id}" needs an explanation after its words`, line);
    if (chat) {
      need(it.from !== undefined, `part "${it.id}" of a chat needs from="them" or from="you"`, line);
      need(it.as === undefined, `part "${it.id}" is a chat message: it takes no as="..."`, line);
    } else need(it.from === undefined, `part "${it.id}" is not in a chat: it takes no from="..."`, line);
  });
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
