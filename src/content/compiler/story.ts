/** Assembles a validated storybook directive tree into a Story, checking the rules a story's choice obeys. */
import type { PropName, SangoExpression, SceneName } from '../artNames.ts';
import { castOf } from '../cast.ts';
import type { Inline, PictureSpec, Story, StoryStep } from '../schema.ts';
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';

export function pictureOf(attrs: Record<string, string>): PictureSpec {
  const list = (v: string | undefined) => v?.split(',').map((s) => s.trim());
  const p: PictureSpec = {};
  if (attrs.scene) p.scene = attrs.scene as SceneName;
  if (attrs.characters) Object.assign(p, castOf(attrs.characters.split(',')));
  if (attrs.props) p.props = list(attrs.props) as PropName[];
  if (attrs.sango) p.sango = attrs.sango as SangoExpression;
  return p;
}

/** An option's label is one short paragraph: a picture-and-word button, never a page of text. */
function labelOf(node: DirectiveNode, sink: ErrorSink): Inline[] {
  const [first, ...rest] = node.body;
  if (!first || first.t !== 'p' || rest.length > 0) {
    sink.add(node.line, 'an option needs exactly one short paragraph of text');
    return [];
  }
  return first.c;
}

function choiceStep(node: DirectiveNode, sink: ErrorSink): StoryStep {
  const optionNodes = node.children.filter((c) => c.name === 'option');
  const reactions = node.children.filter((c) => c.name === 'reaction');
  const hint = node.children.find((c) => c.name === 'hint');
  const best = optionNodes.filter((o) => 'best' in o.attrs);
  if (best.length !== 1) {
    sink.add(node.line, `a choice needs exactly one option marked "best" (found ${best.length})`);
  }
  for (const r of reactions) {
    if (!optionNodes.some((o) => o.attrs.id === r.attrs.for)) {
      sink.add(r.line, `":::reaction" is for "${r.attrs.for ?? ''}", which is not an option of this choice`);
    }
  }
  const options = optionNodes.map((o) => {
    const mine = reactions.filter((r) => r.attrs.for === o.attrs.id);
    if (mine.length !== 1) {
      sink.add(
        o.line,
        `option "${o.attrs.id ?? ''}" needs exactly one ":::reaction{for=${o.attrs.id ?? ''}}" (found ${mine.length})`,
      );
    }
    const isBest = 'best' in o.attrs;
    return {
      id: o.attrs.id ?? '',
      best: isBest,
      picture: pictureOf(o.attrs),
      label: labelOf(o, sink),
      reaction: mine[0]?.body ?? [],
      // A silly choice gets a surprised, smiling Sango, never a cross face: reactions are always kind.
      reactionSango: (mine[0]?.attrs.sango ?? (isBest ? 'cheering' : 'surprised')) as SangoExpression,
    };
  });
  return {
    kind: 'choice',
    id: node.attrs.id ?? '',
    picture: pictureOf(node.attrs),
    question: node.body,
    options,
    hint: hint?.body ?? [],
    hintSango: (hint?.attrs.sango ?? 'thinking') as SangoExpression,
  };
}

export function assembleStory(
  root: DirectiveNode,
  front: { title: string; child: string; summary: string; cover: PictureSpec },
  meta: { id: string; order: number; untranslated: boolean },
  sink: ErrorSink,
): Story {
  const steps: StoryStep[] = root.children.map((node) => {
    const base = { id: node.attrs.id ?? '', picture: pictureOf(node.attrs) };
    if (node.name === 'choice') return choiceStep(node, sink);
    if (node.name === 'talk') return { kind: 'talk', ...base, body: node.body };
    return { kind: 'page', ...base, body: node.body };
  });
  return { kind: 'story', ...meta, ...front, steps };
}
