/** The slug as a zod string, for the content schemas (build time and types; the app ships no zod for content). */
import { z } from 'zod';
import { SLUG } from './slug.ts';

export const slug = z.string().regex(SLUG, 'must be an English kebab-case slug');
