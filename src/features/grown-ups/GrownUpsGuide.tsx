/** One guide for grown-ups: its sections with a table of contents, what to read next, print and back. */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { inlineText } from '../../content/render.tsx';
import type { Guide } from '../../content/schema.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { DATA, SEATS, TEACHER_NOTES, type GuideId } from './guides.ts';
import { GuideSections } from '../../content/GuideSections.tsx';

/** What each guide points to next: pages of this area, by path. */
const RELATED: Record<GuideId, readonly string[]> = {
  'for-parents': ['help-and-reporting', 'privacy'],
  'for-educators': [TEACHER_NOTES, SEATS, 'help-and-reporting'],
  'help-and-reporting': ['for-parents', 'for-educators'],
  privacy: [DATA],
};

function sectionTitle(section: Guide['sections'][number]): string {
  const first = section.body[0];
  return first?.t === 'h' ? inlineText(first.c) : section.id;
}

export function GrownUpsGuide({
  locale,
  guide,
  guides,
}: {
  locale: AppLocale;
  guide: Guide;
  guides: readonly Guide[];
}) {
  const { t } = useTranslation('grownUps');
  const to = (page?: string) => routePath({ name: 'grown-ups', locale, path: page ? [page] : [] });
  const related = RELATED[guide.id as GuideId] ?? [];
  const titleOf = (page: string) =>
    page === DATA
      ? t('home.dataTools')
      : page === SEATS
        ? t('home.seats')
        : page === TEACHER_NOTES
          ? t('home.teacherNotes')
          : (guides.find((g) => g.id === page)?.title ?? page);
  return (
    <article className="page prose-page guide grown-ups-guide">
      <PageHeading>
        <span {...fallbackAttrs(guide.untranslated)}>{guide.title}</span>
      </PageHeading>
      {guide.untranslated && <p className="untranslated">{t('guide.untranslated')}</p>}
      {guide.sections.length > 2 && (
        <nav aria-labelledby="guide-contents" className="guide-contents">
          <h2 id="guide-contents">{t('guide.contents')}</h2>
          <ul className="link-list" {...fallbackAttrs(guide.untranslated)}>
            {guide.sections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{sectionTitle(s)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <GuideSections guide={guide} />
      {related.length > 0 && (
        <nav aria-labelledby="guide-related">
          <h2 id="guide-related">{t('guide.related')}</h2>
          <ul className="link-list">
            {related.map((page) => (
              <li key={page}>
                <Link to={to(page)}>{titleOf(page)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="guide-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('guide.print')}
        </button>
        <Link className="button primary" to={to()}>
          {t('back')}
        </Link>
      </div>
    </article>
  );
}
