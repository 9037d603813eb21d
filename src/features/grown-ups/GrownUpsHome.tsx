/**
 * The grown-ups home: the guides, for teachers (notes, classroom mode), this device (data tools, settings, home
 * or school mode, install), privacy in two sentences, erase, and the credits. Every tool is at most two taps
 * away.
 */
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { Guide } from '../../content/schema.ts';
import { InstallHelp } from '../../pwa/InstallHelp.tsx';
import { ClassroomToggle } from '../classroom/index.ts';
import { Link } from '../../ui/Link.tsx';
import { VoiceList } from '../../ui/readAloud/VoiceList.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../routing/routes.ts';
import { Credits } from './Credits.tsx';
import { DeviceMode } from './DeviceMode.tsx';
import { EraseData } from './EraseData.tsx';
import { CLASS_VIEW, DATA, GUIDE_IDS, PRINTABLES, SEATS, TEACHER_NOTES } from './guides.ts';
import { LinkCard } from './LinkCard.tsx';

export function GrownUpsHome({ locale, guides }: { locale: AppLocale; guides: readonly Guide[] }) {
  const { t } = useTranslation('grownUps');
  const { t: tc } = useTranslation();
  const { t: tp } = useTranslation('printables');
  const to = (page?: string) => routePath({ name: 'grown-ups', locale, path: page ? [page] : [] });
  return (
    <div className="page prose-page grown-ups-home">
      <PageHeading>{tc('grownUps.title')}</PageHeading>
      <p className="lead">{tc('grownUps.intro')}</p>

      <nav aria-labelledby="guides-title">
        <h2 id="guides-title">{t('home.guidesTitle')}</h2>
        <ul className="link-cards">
          {GUIDE_IDS.map((id) => {
            const guide = guides.find((g) => g.id === id);
            if (!guide) return null;
            return (
              <LinkCard
                key={id}
                to={to(id)}
                title={<span {...fallbackAttrs(guide.untranslated)}>{guide.title}</span>}
              >
                {t(`home.guides.${id}`)}
              </LinkCard>
            );
          })}
        </ul>
      </nav>

      <section aria-labelledby="teachers-title">
        <h2 id="teachers-title">{t('home.teachersTitle')}</h2>
        <ul className="link-cards">
          <LinkCard to={to(TEACHER_NOTES)} title={t('home.teacherNotes')}>
            {t('home.teacherNotesDesc')}
          </LinkCard>
          <LinkCard to={to(CLASS_VIEW)} title={t('home.classView')}>
            {t('home.classViewDesc')}
          </LinkCard>
          <LinkCard to={to(PRINTABLES)} title={tp('title')}>
            {tp('homeDesc')}
          </LinkCard>
        </ul>
        <ClassroomToggle />
      </section>

      <section aria-labelledby="device-title">
        <h2 id="device-title">{t('home.deviceTitle')}</h2>
        <ul className="link-cards">
          <LinkCard to={to(SEATS)} title={t('home.seats')}>
            {t('home.seatsDesc')}
          </LinkCard>
          <LinkCard to={to(DATA)} title={t('home.dataTools')}>
            {t('home.dataToolsDesc')}
          </LinkCard>
          <LinkCard to={routePath({ name: 'settings', locale })} title={t('home.settings')}>
            {t('home.settingsDesc')}
          </LinkCard>
        </ul>
        <DeviceMode />
      </section>

      <VoiceList />

      <InstallHelp />

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{tc('grownUps.privacyTitle')}</h2>
        <p>{tc('grownUps.privacyKeeps')}</p>
        <p>{tc('grownUps.privacyNever')}</p>
        <p>
          <Link className="standalone" to={to('privacy')}>
            {t('home.privacyMore')}
          </Link>
        </p>
      </section>

      <EraseData />
      <Credits />
    </div>
  );
}
