/** The last page: a star lands, and the child can read again or go back to the shelf. */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { Sango } from '../../ui/art/Sango.tsx';
import { m } from '../../ui/motion.ts';
import { navigate } from '../../routing/router.ts';
import { routePath } from '../../routing/routes.ts';
import { Star } from './Star.tsx';

export function StoryEnd({ locale, storyId }: { locale: AppLocale; storyId: string }) {
  const { t } = useTranslation();
  const restartStory = useStore((s) => s.restartStory);
  const readAgain = () => {
    restartStory(storyId);
    navigate(routePath({ name: 'story', locale, story: storyId, page: 1 }));
  };
  return (
    <div className="story-end">
      <div className="story-end-art">
        <Sango expression="cheering" className="end-sango" />
        <m.div
          className="end-star"
          initial={{ scale: 0, rotate: -90 }}
          animate={{ scale: 1, rotate: 0 }}
          transition={{ type: 'spring', stiffness: 260, damping: 14 }}
        >
          <Star />
        </m.div>
      </div>
      <p className="end-title">{t('storybook.theEnd')}</p>
      <p>{t('storybook.starEarned')}</p>
      <div className="end-actions">
        <button type="button" className="button primary" onClick={readAgain}>
          {t('storybook.readAgain')}
        </button>
        <Link className="button" to={routePath({ name: 'storybook', locale })}>
          {t('storybook.backToShelf')}
        </Link>
      </div>
    </div>
  );
}
