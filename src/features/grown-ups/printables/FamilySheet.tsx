/**
 * A family sheet for one story or one workbook module, on one page in the paper's language: what the child
 * learned, three things to talk about and where to find help, all from the content (see familySheet.ts).
 */
import './familySheet.css';
import { useTranslation } from '../../../i18n/index.ts';
import { useTierContent } from '../../../content/loader.ts';
import { Blocks, Inlines } from '../../../content/render.tsx';
import { fallbackAttrs } from '../../../content/fallback.ts';
import type { Block, Locale, Story } from '../../../content/schema.ts';
import type { HelpPage } from '../../../content/helpSchema.ts';
import type { WorkbookModule } from '../../../content/workbookSchema.ts';
import {
  familyHelp,
  moduleLearned,
  moduleStarters,
  storyLearned,
  storyStarters,
  type Starter,
} from './familySheet.ts';

export type FamilyTarget = { kind: 'story' | 'module'; id: string };

function StarterItem({ starter }: { starter: Starter }) {
  const { t } = useTranslation('printables');
  switch (starter.from) {
    case 'ui':
      return <p>{t(`family.${starter.key}`)}</p>;
    case 'content':
      return <Blocks nodes={starter.blocks} />;
    case 'choice':
      return (
        <>
          <Blocks nodes={starter.question} />
          <p className="family-answer">
            {t('family.kindChoice')} <Inlines nodes={starter.answer} />
          </p>
        </>
      );
  }
}

function Sheet(props: {
  title: string;
  from: string;
  untranslated: boolean;
  learned: Block[];
  starters: Starter[];
  help: ReturnType<typeof familyHelp>;
}) {
  const { t } = useTranslation('printables');
  return (
    <article className="paper-page family-sheet" {...fallbackAttrs(props.untranslated)}>
      <h2 className="family-title">{t('family.heading', { title: props.title })}</h2>
      <p className="family-from">{props.from}</p>
      <section className="family-part">
        <h3>{t('family.learned')}</h3>
        <Blocks nodes={props.learned} />
      </section>
      <section className="family-part">
        <h3>{t('family.talk')}</h3>
        <ol className="family-starters">
          {props.starters.map((s, i) => (
            <li key={i}>
              <StarterItem starter={s} />
            </li>
          ))}
        </ol>
      </section>
      <section className="family-part family-help">
        <h3>{t('family.help')}</h3>
        <p>{t('family.helpInApp')}</p>
        {props.help.map((part, i) => (
          <div key={i}>
            {part.heading ? (
              <h4>
                <Inlines nodes={part.heading} />
              </h4>
            ) : null}
            <Blocks nodes={part.body} />
          </div>
        ))}
      </section>
    </article>
  );
}

export function FamilySheet({ target, locale }: { target: FamilyTarget; locale: Locale }) {
  const { t } = useTranslation('printables');
  const { t: tc } = useTranslation();
  const tier = target.kind === 'story' ? 'storybook' : 'workbook';
  const { items } = useTierContent(locale, tier);
  const helpPages = useTierContent(locale, 'help').items.filter((i): i is HelpPage => i.kind === 'help');
  const help = familyHelp(helpPages, tier);
  if (target.kind === 'story') {
    const story = items.find((i): i is Story => i.kind === 'story' && i.id === target.id);
    if (!story) return null;
    return (
      <Sheet
        title={story.title}
        from={t('family.fromStory', { book: tc('home.tiers.storybook.title') })}
        untranslated={story.untranslated}
        learned={storyLearned(story)}
        starters={storyStarters(story)}
        help={help}
      />
    );
  }
  const mod = items.find((i): i is WorkbookModule => i.kind === 'module' && i.id === target.id);
  if (!mod) return null;
  return (
    <Sheet
      title={mod.title}
      from={t('family.fromModule', { number: mod.order, book: tc('home.tiers.workbook.title') })}
      untranslated={mod.untranslated}
      learned={moduleLearned(mod)}
      starters={moduleStarters(mod)}
      help={help}
    />
  );
}
