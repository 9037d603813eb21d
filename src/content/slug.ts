/**
 * Ids everywhere (stories, pages, modules, exercises, rules, seats, URL segments) are English kebab-case slugs,
 * the same in every language. One pattern, so the compiler, the store, the router and the import all agree.
 */
export const SLUG_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const SLUG = new RegExp(`^${SLUG_PATTERN}$`);
