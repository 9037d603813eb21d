/** A guide's sections, each under its own anchor so a contents list can link to it. */
import { fallbackAttrs } from './fallback.ts';
import { Blocks } from './render.tsx';
import type { Guide } from './schema.ts';

export function GuideSections({ guide }: { guide: Guide }) {
  return (
    <div {...fallbackAttrs(guide.untranslated)}>
      {guide.sections.map((s) => (
        <section key={s.id} id={s.id}>
          <Blocks nodes={s.body} />
        </section>
      ))}
    </div>
  );
}
