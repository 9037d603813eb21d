/**
 * The rules each activity type obeys, checked on an exercise as written, before it is shaped for the app: each
 * broken rule is reported at the line of the exercise or of the item that breaks it.
 */
import type { ActivityItem, ActivityType, Bin, SPEAKERS, SpotRole } from '../workbookSchema.ts';
import type { Inline } from '../richText.ts';
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';

type Speaker = (typeof SPEAKERS)[number];

/** Which item directive each activity type is written with. */
export const ITEM_DIRECTIVE: Record<ActivityType, string> = {
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
/** An item as written: every answer attribute its directive allows, whichever the exercise's type reads. */
export interface WrittenItem extends Pick<ActivityItem, 'id' | 'label' | 'explain'> {
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

export function checkType(
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
