declare module 'virtual:sango-content' {
  import type { TierContent } from './schema.ts';
  /** One lazy loader per "locale/tier", each its own chunk. */
  export const loaders: Record<string, () => Promise<{ default: TierContent }>>;
}
