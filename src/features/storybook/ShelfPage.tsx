/** The story shelf: a cover per story, with a star on the ones this seat has finished. */
import { contentLocale, useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { useTierContent } from '../../content/loader.ts';
import { own, useStore, selectSeatProgress } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Picture } from '../../ui/art/Picture.tsx';
import { routePath } from '../../routing/routes.ts';
import { Star } from './Star.tsx';

export default function ShelfPage({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation();
  const { items } = useTierContent(contentLocale(locale), 'storybook');
  const stories = items.filter((i) => i.kind === 'story');
  const guide = items.find((i) => i.kind === 'guide');
  const progress = useStore(selectSeatProgress);
  return (
    <div className="page shelf-page">
      <PageHeading>{t('home.tiers.storybook.title')}</PageHeading>
      <p className="lead">{t('storybook.shelfIntro')}</p>
      <ul className="shelf">
        {stories.map((story) => {
          const mine = own(progress?.stories, story.id);
          // Reopening a story resumes where the child left it; a finished story opens at its start.
          const page = mine && !mine.done ? mine.step + 1 : 1;
          return (
            <li key={story.id} className="shelf-item">
              <Link to={routePath({ name: 'story', locale, story: story.id, page })} className="cover">
                <Picture {...story.cover} className="cover-picture" />
                <span className="cover-title" {...fallbackAttrs(story.untranslated)}>
                  {story.title}
                </span>
                {mine?.done && <Star className="cover-star" label={t('storybook.finished')} />}
              </Link>
            </li>
          );
        })}
      </ul>
      {guide && (
        <p className="shelf-guide">
          <Link
            to={routePath({ name: 'story', locale, story: guide.id, page: 1 })}
            className="button"
            {...fallbackAttrs(guide.untranslated)}
          >
            {guide.title}
          </Link>
        </p>
      )}
    </div>
  );
}
