/**
 * The ids Sango's content defines (the same in every language): each story with the options a child can pick
 * in it, every workbook exercise (and, apart, each exercise with its items) and every Net Rules rule. The content compiler makes them at build time
 * (compiler/contentIds.ts), and the app reads them from knownIds.ts without loading any content: an imported
 * file keeps progress only for these.
 */
export interface ContentIds {
  stories: { id: string; options: string[] }[];
  exercises: string[];
  /** Each exercise's items (cards, options, statements...): the only ids an exercise's slips may hold. */
  exerciseItems: { id: string; items: string[] }[];
  rules: string[];
}
