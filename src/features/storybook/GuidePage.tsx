/**
 * The page for grown-ups at the end of the book: how to read it together, then, for every story, the kind
 * choice and the talk-about question. The answers come from the stories themselves, so they can never drift.
 */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { Blocks, Inlines } from '../../content/render.tsx';
import type { Guide, TierItem } from '../../content/schema.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { GuideSections } from '../../content/GuideSections.tsx';

export function GuidePage({
  locale,
  guide,
  stories,
}: {
  locale: AppLocale;
  guide: Guide;
  stories: TierItem[];
}) {
  const { t } = useTranslation();
  return (
    <article className="page prose-page guide">
      <PageHeading>
        <span {...fallbackAttrs(guide.untranslated)}>{guide.title}</span>
      </PageHeading>
      {guide.untranslated && <p className="untranslated">{t('storybook.untranslated')}</p>}
      <GuideSections guide={guide} />
      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t('storybook.answersTitle')}</h2>
        <dl className="answers">
          {stories.map((story) => {
            if (story.kind !== 'story') return null;
            const choice = story.steps.find((s) => s.kind === 'choice');
            const best = choice?.kind === 'choice' ? choice.options.find((o) => o.best) : undefined;
            const talk = story.steps.find((s) => s.kind === 'talk');
            return (
              <div key={story.id} className="answer" {...fallbackAttrs(story.untranslated)}>
                <dt>
                  <Link
                    className="standalone"
                    to={routePath({ name: 'story', locale, story: story.id, page: 1 })}
                  >
                    {story.title}
                  </Link>
                </dt>
                <dd>{story.summary}</dd>
                {best && (
                  <dd>
                    <strong>{t('storybook.kindChoice')}</strong> <Inlines nodes={best.label} />
                  </dd>
                )}
                {talk?.kind === 'talk' && (
                  <dd>
                    <Blocks nodes={talk.body} />
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      </section>
      <Link className="button primary" to={routePath({ name: 'storybook', locale })}>
        {t('storybook.backToShelf')}
      </Link>
    </article>
  );
}
