/** A picture named by its parts (scene, characters, props, Sango), shared by every content area's schema. */
import { z } from 'zod';
import { CHARACTERS, MOODS, PROPS, SANGO_EXPRESSIONS, SCENES } from './artNames.ts';
import { castEntryProblem, castOf } from './cast.ts';

/** The compiled picture the app draws. */
export const pictureSchema = z.strictObject({
  scene: z.enum(SCENES).optional(),
  characters: z.array(z.enum(CHARACTERS)).optional(),
  /** How characters feel; one not listed here is happy. */
  moods: z.partialRecord(z.enum(CHARACTERS), z.enum(MOODS)).optional(),
  props: z.array(z.enum(PROPS)).optional(),
  sango: z.enum(SANGO_EXPRESSIONS).optional(),
});
export type PictureSpec = z.infer<typeof pictureSchema>;

/**
 * A picture as authors write it in front matter (a story's cover): characters carry their mood the same way
 * as in directives, `[mei:worried, grandpa]` (see cast.ts), and compile to the picture above.
 */
export const authoredPictureSchema = z
  .strictObject({
    scene: pictureSchema.shape.scene,
    characters: z
      .array(z.string({ error: 'write a character as mei or mei:worried, with no space after the ":"' }))
      .superRefine((entries, ctx) => {
        const seen = new Set<string>();
        entries.forEach((entry, i) => {
          const problem = castEntryProblem(entry, seen);
          if (problem) ctx.addIssue({ code: 'custom', path: [i], message: problem });
        });
      })
      .optional(),
    props: pictureSchema.shape.props,
    sango: pictureSchema.shape.sango,
  })
  .transform(({ scene, characters, props, sango }): PictureSpec => ({
    ...(scene && { scene }),
    ...(characters && castOf(characters)),
    ...(props && { props }),
    ...(sango && { sango }),
  }));
