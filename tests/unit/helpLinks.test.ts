/**
 * The help pages send a child to the same places in every language, only over https, and the page for under-9s
 * sends them nowhere outside Sango (links out for that age belong behind the grown-ups gate).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compiler/compileAll.ts';
import type { Block, Inline } from '../../src/content/richText.ts';
import type { HelpPage } from '../../src/content/helpSchema.ts';
import { LOCALES } from '../../src/content/locales.ts';

function inlineLinks(nodes: readonly Inline[]): string[] {
  return nodes.flatMap((n) => (n.t === 'link' ? [n.href] : 'c' in n ? inlineLinks(n.c) : []));
}
function blockLinks(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => ('items' in b ? b.items.flatMap(blockLinks) : inlineLinks(b.c)));
}
function pageLinks(page: HelpPage): string[] {
  return [page.lead.body, ...page.steps.map((s) => s.body), ...page.sections.map((s) => s.body)].flatMap(
    blockLinks,
  );
}

const { content } = compileContent(resolve('content'), 'content');
const helpPages = (locale: string) =>
  (content.find((c) => c.locale === locale && c.tier === 'help')?.items ?? []).filter(
    (i): i is HelpPage => i.kind === 'help',
  );

describe('help pages', () => {
  const english = helpPages('en');

  it('exist for the three tiers', () => {
    expect(english.map((p) => p.id)).toEqual(['storybook', 'workbook', 'net-rules']);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s links to the same places as English', (locale) => {
    const pages = helpPages(locale);
    for (const en of english) {
      const tr = pages.find((p) => p.id === en.id);
      expect(tr?.untranslated, `${locale}/help/${en.id} is translated`).toBe(false);
      expect(tr && pageLinks(tr), `${locale}/help/${en.id}`).toEqual(pageLinks(en));
    }
  });

  it('links out only over https, and the 9–12 and 13–18 pages name a helpline finder', () => {
    for (const page of english) {
      for (const href of pageLinks(page)) expect(href).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    }
    const finder = 'https://childhelplineinternational.org/helplines/';
    expect(pageLinks(english.find((p) => p.id === 'workbook') as HelpPage)).toContain(finder);
    const teen = pageLinks(english.find((p) => p.id === 'net-rules') as HelpPage);
    expect(teen).toEqual(
      expect.arrayContaining([finder, 'https://takeitdown.ncmec.org/', expect.stringMatching(/inhope\.org/)]),
    );
  });

  it.each(LOCALES)('%s: the under-9 page has no link at all', (locale) => {
    const young = helpPages(locale).find((p) => p.id === 'storybook');
    expect(young && pageLinks(young)).toEqual([]);
  });
});
