/**
 * One story, a page at a time: big picture, big words, next/back by buttons, arrow keys and swipe.
 * The page number lives in the URL (a teacher can project one exact page); progress lives in the store.
 * In classroom mode the teacher drives: presenter keys turn pages and the choice never blocks the way on.
 */
import { useEffect, useMemo, useState } from 'react';
import { contentLocale, useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { useTierContent } from '../../content/loader.ts';
import type { Story } from '../../content/schema.ts';
import { selectOrderSeat, selectStory, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Picture } from '../../ui/art/Picture.tsx';
import { Sango } from '../../ui/art/Sango.tsx';
import { AnimatePresence, m } from '../../ui/motion.ts';
import { useClassroom, usePresenterKeys } from '../classroom/index.ts';
import { navigate } from '../../routing/router.ts';
import { routePath } from '../../routing/routes.ts';
import { ForwardIcon } from '../../ui/icons.tsx';
import { ChoiceStep } from './ChoiceStep.tsx';
import { choiceInPlay } from './choiceOrder.ts';
import { GuidePage } from './GuidePage.tsx';
import { PageDots } from './PageDots.tsx';
import { ReadAloudBar } from '../../ui/readAloud/ReadAloudBar.tsx';
import { ReadableText } from '../../ui/readAloud/ReadableText.tsx';
import { useStepReading } from './useStepReading.ts';
import { StoryEnd } from './StoryEnd.tsx';
import { usePageTurns } from './usePageTurns.ts';
import { HelpNudge } from '../../ui/HelpNudge.tsx';

interface Props {
  locale: AppLocale;
  storyId: string;
  page: number | 'end';
}

export default function StoryReader({ locale, storyId, page }: Props) {
  const { t } = useTranslation();
  const { items } = useTierContent(contentLocale(locale), 'storybook');
  const item = items.find((s) => s.id === storyId);
  if (item?.kind === 'guide') return <GuidePage locale={locale} guide={item} stories={items} />;
  const story = item?.kind === 'story' ? item : undefined;
  if (!story) {
    return (
      <div className="page center-page">
        <PageHeading>{t('storybook.notFound')}</PageHeading>
        <Link className="button primary" to={routePath({ name: 'storybook', locale })}>
          {t('storybook.backToShelf')}
        </Link>
      </div>
    );
  }
  return <Reader locale={locale} story={story} page={page} />;
}

function Reader({ locale, story, page }: { locale: AppLocale; story: Story; page: number | 'end' }) {
  const { t } = useTranslation();
  const total = story.steps.length;
  const index = page === 'end' ? total : Math.min(page, total) - 1;
  const progress = useStore(selectStory(story.id));
  const saveStory = useStore((s) => s.saveStory);
  const classroom = useClassroom().on;
  const [direction, setDirection] = useState(1);
  const seat = useStore(selectOrderSeat);
  const written = story.steps[index];
  // A choice's options come in the seat's own order: on screen and read aloud alike.
  const step = useMemo(
    () => (written?.kind === 'choice' ? choiceInPlay(written, story.id, seat) : written),
    [written, story.id, seat],
  );
  const chosen = step?.kind === 'choice' ? step.options.find((o) => o.id === progress?.choice) : undefined;
  const blocked = step?.kind === 'choice' && !chosen?.best; // the story goes on once the kind choice is found
  const lang = story.untranslated ? 'en' : contentLocale(locale);
  const reading = useStepReading(step, lang);

  // A page number past the end (an old or mistyped link) shows the last page, and the address says so.
  useEffect(() => {
    if (typeof page === 'number' && page > total) {
      navigate(routePath({ name: 'story', locale, story: story.id, page: total }), { replace: true });
    }
  }, [page, total, locale, story.id]);

  useEffect(() => {
    if (index >= total) saveStory(story.id, { step: total - 1, done: true });
    else saveStory(story.id, { step: index });
  }, [index, total, story.id, saveStory]);

  const goTo = (i: number) => {
    if (i < 0 || i > total) return;
    setDirection(i > index ? 1 : -1);
    navigate(routePath({ name: 'story', locale, story: story.id, page: i >= total ? 'end' : i + 1 }));
  };
  const canNext = index < total && (classroom || !blocked);
  const turns = { next: () => canNext && goTo(index + 1), previous: () => goTo(index - 1) };
  // In classroom mode the presenter keys take the arrows too (and stop them before usePageTurns sees them).
  const swipe = usePageTurns(turns);
  usePresenterKeys(turns);

  return (
    <article className="page reader" {...swipe}>
      <PageHeading className="reader-title">
        <span {...fallbackAttrs(story.untranslated)}>{story.title}</span>
      </PageHeading>
      {story.untranslated && <p className="untranslated">{t('storybook.untranslated')}</p>}
      {reading.available && (
        <ReadAloudBar state={reading.state} onPlay={reading.play} onPause={reading.pause} />
      )}
      <div
        className="reader-stage"
        {...fallbackAttrs(story.untranslated && step !== undefined)}
        aria-live="polite"
      >
        <AnimatePresence mode="wait" initial={false} custom={direction}>
          <m.div
            key={index}
            className="reader-page"
            custom={direction}
            initial={{ opacity: 0, x: 60 * direction }}
            animate={{ opacity: 1, x: 0 }}
            exit={{ opacity: 0, x: -60 * direction }}
            transition={{ duration: 0.25 }}
          >
            {step === undefined ? (
              <StoryEnd locale={locale} storyId={story.id} />
            ) : step.kind === 'choice' ? (
              <ChoiceStep
                step={step}
                storyId={story.id}
                chosen={chosen}
                lang={lang}
                reading={reading.current}
              />
            ) : (
              <>
                <Picture {...step.picture} className="reader-picture" />
                <div className={step.kind === 'talk' ? 'reader-text talk' : 'reader-text'}>
                  {step.kind === 'talk' && <Sango expression="waving" className="talk-sango" />}
                  <div>
                    <ReadableText blocks={step.body} lang={lang} current={reading.current} />
                  </div>
                </div>
                {step.kind === 'talk' && <HelpNudge locale={locale} tier="storybook" />}
              </>
            )}
          </m.div>
        </AnimatePresence>
      </div>
      <nav className="reader-nav" aria-label={t('storybook.pages')}>
        <button
          type="button"
          className="button round"
          onClick={() => goTo(index - 1)}
          disabled={index === 0}
          aria-label={t('storybook.previous')}
        >
          <ForwardIcon back />
        </button>
        <PageDots current={index} total={total + 1} />
        <button
          type="button"
          className="button round primary"
          onClick={() => goTo(index + 1)}
          disabled={!canNext}
          aria-label={t('storybook.next')}
        >
          <ForwardIcon />
        </button>
      </nav>
    </article>
  );
}
