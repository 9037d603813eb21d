/** Rich text, the only kinds of node content may contain: shared by every tier's schema. */
import { z } from 'zod';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong' | 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'br' };
export type Block =
  { t: 'p'; c: Inline[] } | { t: 'h'; level: 2 | 3 | 4; c: Inline[] } | { t: 'ul' | 'ol'; items: Block[][] };

export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.union([
    z.strictObject({ t: z.literal('text'), v: z.string() }),
    z.strictObject({ t: z.enum(['strong', 'em']), c: z.array(inlineSchema) }),
    z.strictObject({ t: z.literal('link'), href: z.string(), c: z.array(inlineSchema) }),
    z.strictObject({ t: z.literal('br') }),
  ]),
);
export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    z.strictObject({ t: z.literal('p'), c: z.array(inlineSchema) }),
    z.strictObject({
      t: z.literal('h'),
      level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      c: z.array(inlineSchema),
    }),
    z.strictObject({ t: z.enum(['ul', 'ol']), items: z.array(z.array(blockSchema)) }),
  ]),
);
