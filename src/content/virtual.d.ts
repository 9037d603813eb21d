declare module 'virtual:sango-content' {
  /** One lazy loader per "locale/tier" (and per "locale/net-rules/rule-id"), each its own chunk. */
  export const loaders: Record<string, () => Promise<{ default: unknown }>>;
}

declare module 'virtual:sango-rule-ids' {
  /** Every Net Rules rule id, in id order (see contentIds.ts): all the store's start-up needs. */
  const ids: string[];
  export default ids;
}

declare module 'virtual:sango-ids' {
  /** Every story (with its options), exercise and rule id the content defines (see contentIds.ts). */
  const ids: import('./contentIds.ts').ContentIds;
  export default ids;
}
