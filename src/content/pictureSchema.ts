/** A picture named by its parts (scene, characters, props, Sango), shared by every content area's schema. */
import { z } from 'zod';
import { CHARACTERS, PROPS, SANGO_EXPRESSIONS, SCENES } from './artNames.ts';

export const pictureSchema = z.strictObject({
  scene: z.enum(SCENES).optional(),
  characters: z.array(z.enum(CHARACTERS)).optional(),
  props: z.array(z.enum(PROPS)).optional(),
  sango: z.enum(SANGO_EXPRESSIONS).optional(),
});
export type PictureSpec = z.infer<typeof pictureSchema>;
