/** Assembles a validated Net Rules file, checking that every question has one right answer, explained. */
import type { Rule } from '../netRulesSchema.ts';
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';
import { labelled, titled } from './workbook.ts';

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
  const questions = of('question').map((q) => {
    const options = q.children.map((o) => {
      const { label, explain } = labelled(o, sink, false);
      if (explain.length === 0)
        sink.add(o.line, `option "${o.attrs.id ?? ''}" needs an explanation after its label`);
      return { id: o.attrs.id ?? '', label, explain, correct: 'correct' in o.attrs };
    });
    const correct = options.filter((o) => o.correct).length;
    if (correct !== 1)
      sink.add(q.line, `a question needs exactly one option marked "correct" (found ${correct})`);
    return { id: q.attrs.id ?? '', quick: 'quick' in q.attrs, prompt: q.body, options };
  });
  const quick = questions.filter((q) => q.quick).length;
  if (quick !== 1)
    sink.add(root.line, `a rule needs exactly one question marked "quick" for Level 1 (found ${quick})`);
  return {
    kind: 'rule',
    ...meta,
    ...front,
    cards,
    questions,
    next: of('next')[0]?.body ?? [],
  };
}
