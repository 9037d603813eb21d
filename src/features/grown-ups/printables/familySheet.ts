/**
 * What a family sheet says, taken from content that exists in every language: a story's summary, its "what
 * should they do?" question with the kind answer, and its "talk about it" page; a module's message, its
 * "what I learned" recap and the discussion questions in its teacher notes; and the help pages. Nothing here is
 * written per story, so all six languages work without new content files.
 */
import type { Block, Inline, Story } from '../../../content/schema.ts';
import type { WorkbookModule } from '../../../content/workbookSchema.ts';
import type { HelpPage, HelpTier } from '../../../content/helpSchema.ts';

/** A conversation starter: words from the content, or one of the short starters in the UI strings. */
export type Starter =
  | { from: 'content'; blocks: Block[] }
  | { from: 'choice'; question: Block[]; answer: Inline[] }
  | { from: 'ui'; key: 'retell' | 'feel' | 'tellMe' };

export const STARTERS = 3;

/** Without their headings: the sheet gives each part its own. */
const withoutHeadings = (blocks: readonly Block[]) => blocks.filter((b) => b.t !== 'h');

/** Tops a list up to three with the UI's own starters, never repeating one. */
function three(found: Starter[]): Starter[] {
  const fillers: Starter[] = [
    { from: 'ui', key: 'feel' },
    { from: 'ui', key: 'tellMe' },
  ];
  const list = [...found];
  for (const filler of fillers) if (list.length < STARTERS) list.push(filler);
  return list.slice(0, STARTERS);
}

export function storyStarters(story: Story): Starter[] {
  const found: Starter[] = [{ from: 'ui', key: 'retell' }];
  const choice = story.steps.find((s) => s.kind === 'choice');
  const best = choice?.options.find((o) => o.best);
  if (choice && best) found.push({ from: 'choice', question: choice.question, answer: best.label });
  const talk = story.steps.find((s) => s.kind === 'talk');
  if (talk) found.push({ from: 'content', blocks: talk.body });
  return three(found);
}

/**
 * The teacher notes' sections come in the same order in every language (aim, time, materials, steps, solutions,
 * discussion questions, adaptations, ...), so the discussion questions are the list under the sixth
 * level-3 heading. A unit test checks this holds for every module in every language.
 */
const DISCUSSION_SECTION = 5;

export function discussionQuestions(educator: readonly Block[]): Block[][] {
  let heading = -1;
  for (const block of educator) {
    if (block.t === 'h' && block.level === 3) heading++;
    else if (heading === DISCUSSION_SECTION && (block.t === 'ul' || block.t === 'ol')) return block.items;
    else if (heading > DISCUSSION_SECTION) break;
  }
  return [];
}

export function moduleStarters(mod: WorkbookModule): Starter[] {
  return three(discussionQuestions(mod.educator).map((blocks) => ({ from: 'content', blocks })));
}

/** What the child learned: a story's summary, or a module's message and its "what I learned" list. */
export function storyLearned(story: Story): Block[] {
  return [{ t: 'p', c: [{ t: 'text', v: story.summary }] }];
}

export function moduleLearned(mod: WorkbookModule): Block[] {
  return [{ t: 'p', c: [{ t: 'text', v: mod.message }] }, ...withoutHeadings(mod.recap)];
}

export interface HelpPart {
  heading: Inline[] | null;
  body: Block[];
}

/** A help page's section by id, split into its heading and the rest. */
function helpPart(page: HelpPage | undefined, id: string): HelpPart | null {
  const section = page?.sections.find((s) => s.id === id);
  if (!section) return null;
  const heading = section.body.find((b) => b.t === 'h');
  return { heading: heading && heading.t === 'h' ? heading.c : null, body: withoutHeadings(section.body) };
}

/**
 * Where a family finds help: who can help, from the help page children of that age see, then the child
 * helpline and what to do in danger, from the workbook's help page (the storybook's has no links out, by
 * design for under-9s; this sheet is for their grown-ups).
 */
export function familyHelp(
  helpPages: readonly HelpPage[],
  tier: Extract<HelpTier, 'storybook' | 'workbook'>,
) {
  const page = (id: HelpTier) => helpPages.find((h) => h.id === id);
  return [
    helpPart(page(tier), 'who-can-help'),
    helpPart(page('workbook'), 'helpline'),
    helpPart(page('workbook'), 'in-danger'),
  ].filter((p): p is HelpPart => p !== null);
}
