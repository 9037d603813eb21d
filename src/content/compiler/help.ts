/** Assembles a help page from its validated directive tree. */
import type { HelpPage } from '../helpSchema.ts';
import { HELP_TIERS, type HelpTier } from '../helpTiers.ts';
import type { SangoExpression } from '../artNames.ts';
import type { ErrorSink } from './errors.ts';
import type { DirectiveNode } from './markdown.ts';
import { pictureOf } from './story.ts';

export function assembleHelp(
  root: DirectiveNode,
  front: { title: string },
  meta: { id: string; order: number; untranslated: boolean },
  sink: ErrorSink,
): HelpPage {
  if (!(HELP_TIERS as readonly string[]).includes(meta.id)) {
    sink.add(1, `a help page is named after the tier it is for (${HELP_TIERS.join(', ')}), not "${meta.id}"`);
  }
  const lead = root.children.find((c) => c.name === 'lead');
  const first = lead?.body[0];
  if (lead && (first?.t !== 'h' || first.level !== 2)) {
    sink.add(lead.line, '":::lead" must start with a "## Heading": the one thing a child should remember');
  }
  const titledSections = root.children.filter((c) => c.name === 'section');
  for (const s of titledSections) {
    const h = s.body[0];
    if (h?.t !== 'h' || h.level !== 2) sink.add(s.line, '":::section" must start with a "## Heading"');
  }
  return {
    kind: 'help',
    ...meta,
    id: meta.id as HelpTier,
    title: front.title,
    lead: { sango: (lead?.attrs.sango ?? 'waving') as SangoExpression, body: lead?.body ?? [] },
    steps: root.children
      .filter((c) => c.name === 'step')
      .map((c) => ({ id: c.attrs.id ?? '', picture: pictureOf(c.attrs), body: c.body })),
    sections: titledSections.map((c) => ({ id: c.attrs.id ?? '', body: c.body })),
  };
}
