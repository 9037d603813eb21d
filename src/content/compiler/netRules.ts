/**
 * Assembles a validated Net Rules file: its cards, its questions (each in its type's own shape, every option,
 * message and step explained) and what to do next. Exactly one question, a choice, is the Level 1 quick one.
 */
import type { Question, Rule } from '../netRulesSchema.ts';
import type { QuestionType } from '../netRulesTypes.ts';
import type { SPEAKERS } from '../workbookSchema.ts';
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';
import { labelled, titled } from './workbook.ts';

/** Which item directive each question type is written with. */
const ITEMS: Record<QuestionType, string> = {
  choice: 'option',
  multi: 'option',
  chat: 'message',
  order: 'step',
};

export function assembleRule(
  root: DirectiveNode,
  front: { title: string; short: string },
  meta: { id: string; order: number; untranslated: boolean },
  sink: ErrorSink,
): Rule {
  const of = (name: string) => root.children.filter((c) => c.name === name);
  const cards = of('card').map((node) => {
    const { title, rest } = titled(node, sink);
    return { id: node.attrs.id ?? '', title, body: rest };
  });
  const questions = of('question').map((q) => question(q, sink));
  const quick = questions.filter((q) => q.quick).length;
  if (quick !== 1)
    sink.add(root.line, `a rule needs exactly one question marked "quick" for Level 1 (found ${quick})`);
  return { kind: 'rule', ...meta, ...front, cards, questions, next: of('next')[0]?.body ?? [] };
}

function question(q: DirectiveNode, sink: ErrorSink): Question {
  const type = (q.attrs.type ?? 'choice') as QuestionType;
  const need = (ok: boolean, message: string, line = q.line) => {
    if (!ok) sink.add(line, message);
  };
  const itemName = ITEMS[type];
  for (const c of q.children.filter((c) => c.name !== itemName))
    sink.add(c.line, `a "${type}" question takes ":::${itemName}", not ":::${c.name}"`);
  const nodes = q.children.filter((c) => c.name === itemName);
  const items = nodes.map((o) => {
    const { label, explain } = labelled(o, sink, false);
    need(explain.length > 0, `"${o.attrs.id ?? ''}" needs an explanation after its words`, o.line);
    return { node: o, base: { id: o.attrs.id ?? '', label, explain } };
  });
  const quick = 'quick' in q.attrs;
  need(!quick || type === 'choice', 'the quick (Level 1) question must be a choice question');
  const common = { id: q.attrs.id ?? '', prompt: q.body };
  const flagged = (name: string) => items.filter((i) => name in i.node.attrs).length;
  switch (type) {
    case 'choice': {
      need(items.length >= 2, 'a question needs at least 2 ":::option"');
      const correct = flagged('correct');
      need(correct === 1, `a question needs exactly one option marked "correct" (found ${correct})`);
      const options = items.map((i) => ({ ...i.base, correct: 'correct' in i.node.attrs }));
      return { ...common, type, quick, options };
    }
    case 'multi': {
      const correct = flagged('correct');
      need(items.length >= 3, 'a "multi" question needs at least 3 ":::option"');
      need(
        correct >= 1 && correct < items.length,
        'a "multi" question needs options with and without "correct"',
      );
      const options = items.map((i) => ({ ...i.base, correct: 'correct' in i.node.attrs }));
      return { ...common, type, quick: false, options };
    }
    case 'chat': {
      const flags = flagged('flag');
      need(items.length >= 3, 'a "chat" question needs at least 3 ":::message"');
      need(flags >= 1 && flags < items.length, 'a "chat" question needs messages with and without "flag"');
      items.forEach((i) =>
        need(
          i.node.attrs.from !== undefined,
          `message "${i.base.id}" needs from="them" or from="you"`,
          i.node.line,
        ),
      );
      const options = items.map((i) => ({
        ...i.base,
        from: (i.node.attrs.from ?? 'them') as (typeof SPEAKERS)[number],
        flag: 'flag' in i.node.attrs,
      }));
      return { ...common, type, quick: false, options };
    }
    case 'order': {
      need(items.length >= 3, 'an "order" question needs at least 3 ":::step"');
      need(
        items.length - flagged('anywhere') >= 2,
        'an "order" question needs at least 2 steps with a place of their own (not "anywhere")',
      );
      const options = items.map((i) => ({ ...i.base, anywhere: 'anywhere' in i.node.attrs }));
      return { ...common, type, quick: false, options };
    }
  }
}
