/**
 * One tier's help page: the lead (the one thing to remember), what to do right now as picture cards, then
 * its sections. Under 13 it can be read aloud. It ends with help for other ages and, for grown-ups, the way
 * to helplines and reporting (behind the gate: links out for the youngest belong to grown-ups).
 */
import { useMemo } from 'react';
import { contentLocale, useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import { Blocks, inlineText } from '../../content/render.tsx';
import type { HelpPage } from '../../content/helpSchema.ts';
import { HELP_TIERS } from '../../content/helpTiers.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Picture } from '../../ui/art/Picture.tsx';
import { Sango } from '../../ui/art/Sango.tsx';
import { ReadAloudBar } from '../../ui/readAloud/ReadAloudBar.tsx';
import { blockSentences, ReadableText } from '../../ui/readAloud/ReadableText.tsx';
import { useReading } from '../../ui/readAloud/useReading.ts';
import { routePath } from '../../routing/routes.ts';

/** A section's title: its first heading (the compiler makes sure there is one). */
function headingOf(body: HelpPage['sections'][number]['body']): string {
  const first = body[0];
  return first?.t === 'h' ? inlineText(first.c) : '';
}

export function HelpView({ locale, page }: { locale: AppLocale; page: HelpPage }) {
  const { t } = useTranslation();
  const lang = page.untranslated ? 'en' : contentLocale(locale);
  const readable = page.id !== 'net-rules';
  // What read-aloud says: the lead, then each step, in order; `starts` says where each block's sentences begin.
  const { sentences, starts } = useMemo(() => {
    const groups = [page.lead.body, ...page.steps.map((s) => s.body)].map((b) =>
      blockSentences(b, lang).flat(),
    );
    let at = 0;
    const firsts = groups.map((g) => {
      const first = at;
      at += g.length;
      return first;
    });
    return { sentences: readable ? groups.flat() : [], starts: firsts };
  }, [page, lang, readable]);
  const reading = useReading(sentences, lang);
  const others = HELP_TIERS.filter((tier) => tier !== page.id);

  return (
    <article className={`page help-page help-for-${page.id}`}>
      <PageHeading>
        <span {...fallbackAttrs(page.untranslated)}>{page.title}</span>
      </PageHeading>
      {reading.available && (
        <ReadAloudBar state={reading.state} onPlay={reading.play} onPause={reading.pause} />
      )}
      <div {...fallbackAttrs(page.untranslated)}>
        <div className="help-lead">
          <Sango expression={page.lead.sango} className="help-sango" />
          <div className="help-lead-text">
            <ReadableText blocks={page.lead.body} lang={lang} current={reading.current} start={starts[0]} />
          </div>
        </div>
        {page.steps.length > 0 && (
          <section aria-labelledby="help-now">
            <h2 id="help-now">{t('help.rightNow')}</h2>
            <ol className="help-steps">
              {page.steps.map((step, i) => (
                <li key={step.id} className="help-step">
                  <Picture {...step.picture} className="help-step-picture" />
                  <div className="help-step-text">
                    <ReadableText
                      blocks={step.body}
                      lang={lang}
                      current={reading.current}
                      start={starts[i + 1]}
                    />
                  </div>
                </li>
              ))}
            </ol>
          </section>
        )}
        {/* A teen in trouble looks for their kind of trouble first: each section, one tap away. */}
        {page.id === 'net-rules' && (
          <nav className="help-contents" aria-labelledby="help-contents">
            <h2 id="help-contents">{t('help.contents')}</h2>
            <ul>
              {page.sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`}>{headingOf(s.body)}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {page.sections.map((s) => (
          <section key={s.id} id={s.id} className="help-section">
            <Blocks nodes={s.body} />
          </section>
        ))}
      </div>
      <nav className="help-more" aria-labelledby="help-more">
        <h2 id="help-more">{t('help.more')}</h2>
        <ul>
          {others.map((tier) => (
            <li key={tier}>
              <Link to={routePath({ name: 'help', locale, tier })}>{t(`help.forTier.${tier}`)}</Link>
            </li>
          ))}
          <li>
            <Link to={routePath({ name: 'grown-ups', locale, path: ['help-and-reporting'] })}>
              {t('help.forGrownUps')}
            </Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
