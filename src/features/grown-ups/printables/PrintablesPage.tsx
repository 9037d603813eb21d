/**
 * Printables for school and home: seat cards, certificates and family sheets, each printed in the language the
 * grown-up picks for the paper, which may differ from the interface's. The printout is on the page as its
 * preview; printing shows it alone (printables.css and each sheet's own CSS), on A4 or Letter.
 */
import './printables.css';
import { use, useId, useState } from 'react';
import {
  contentLocale,
  LANGUAGES,
  useTranslation,
  type AppLocale,
  type Locale,
} from '../../../i18n/index.ts';
import { loadTier } from '../../../content/loader.ts';
import type { Story } from '../../../content/schema.ts';
import type { WorkbookModule } from '../../../content/workbookSchema.ts';
import type { RuleSummary } from '../../../content/netRulesSchema.ts';
import { own, useStore } from '../../../store/index.ts';
import { Link } from '../../../ui/Link.tsx';
import { PageHeading } from '../../../ui/PageHeading.tsx';
import { RadioPills } from '../../../ui/RadioPills.tsx';
import { routePath } from '../../../routing/routes.ts';
import { CertificateOptions } from './CertificateOptions.tsx';
import { CertificateSheet } from './CertificateSheet.tsx';
import { certificateKey, earnedCertificates, type Certificate } from './certificates.ts';
import { FamilySheet, type FamilyTarget } from './FamilySheet.tsx';
import { PaperLanguage } from './PaperLanguage.tsx';
import { SeatCards } from './SeatCards.tsx';

type Kind = 'seats' | 'certificate' | 'family';
const PAPER_TIERS = ['storybook', 'workbook', 'help'] as const;

/** The interface language's titles, for the choices on screen (the paper has its own language's). */
function useContentForChoices(locale: Locale) {
  // Started together, waited for one by one: the three chunks load side by side.
  const loads = {
    storybook: loadTier(locale, 'storybook'),
    workbook: loadTier(locale, 'workbook'),
    netRules: loadTier(locale, 'net-rules'),
  };
  return {
    stories: use(loads.storybook).items.filter((i): i is Story => i.kind === 'story'),
    modules: use(loads.workbook).items.filter((i): i is WorkbookModule => i.kind === 'module'),
    rules: use(loads.netRules).items.filter((i): i is RuleSummary => i.kind === 'rule-summary'),
  };
}

export function PrintablesPage({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation('printables');
  const { t: tc } = useTranslation();
  const { t: tg } = useTranslation('grownUps');
  const content = useContentForChoices(contentLocale(locale));
  const seats = useStore((s) => s.seats.list);
  const progress = useStore((s) => s.progress);
  const [kind, setKind] = useState<Kind>('seats');
  const [paper, setPaper] = useState<Locale>(contentLocale(locale));
  const [seatId, setSeatId] = useState(() => useStore.getState().seats.active ?? seats[0]?.id ?? '');
  const [chosen, setChosen] = useState<string | null>(null);
  // The typed name lives here and only here (see CertificateOptions).
  const [name, setName] = useState('');
  const [family, setFamily] = useState<FamilyTarget>(() => ({
    kind: 'story',
    id: content.stories[0]?.id ?? '',
  }));
  // What the paper needs, in its language, starts loading as soon as that language is picked, so switching
  // between printouts does not wait (the chunks are cached, so asking again costs nothing).
  for (const tier of PAPER_TIERS) void loadTier(paper, tier).catch(() => undefined);
  const languageId = useId();
  const familyId = useId();
  const previewId = useId();

  const seat = seats.find((s) => s.id === seatId) ?? seats[0];
  const earned = seat ? earnedCertificates(own(progress, seat.id), content) : [];
  const certificate = earned.find((c) => certificateKey(c) === chosen) ?? earned[0];
  const describe = (c: Certificate) =>
    c.kind === 'storybook'
      ? t('certificate.storybook', { book: tc('home.tiers.storybook.title') })
      : c.kind === 'net-rules'
        ? t('certificate.netRules', { book: tc('home.tiers.netRules.title') })
        : t('certificate.module', {
            number: c.number,
            book: tc('home.tiers.workbook.title'),
            title: content.modules.find((m) => m.id === c.id)?.title ?? '',
          });

  let printout = null;
  if (kind === 'seats') printout = <SeatCards seats={seats} />;
  else if (kind === 'certificate' && certificate && seat) {
    printout = <CertificateSheet certificate={certificate} seat={seat} name={name.trim()} locale={paper} />;
  } else if (kind === 'family' && family.id) printout = <FamilySheet target={family} locale={paper} />;

  return (
    <div className="page prose-page printables">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <RadioPills
        legend={t('kind.legend')}
        name="printable-kind"
        options={(['seats', 'certificate', 'family'] as const).map((k) => ({
          value: k,
          label: t(`kind.${k}`),
        }))}
        value={kind}
        onChange={setKind}
      />
      <div className="printable-field">
        <label htmlFor={languageId}>{t('language')}</label>
        <select
          id={languageId}
          className="printable-select"
          value={paper}
          aria-describedby={`${languageId}-hint`}
          onChange={(e) => setPaper(e.target.value as Locale)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.nativeName}
            </option>
          ))}
        </select>
        <p id={`${languageId}-hint`} className="printable-hint">
          {t('languageHint')}
        </p>
      </div>

      {kind === 'seats' && <p>{t('seats.about')}</p>}
      {kind === 'certificate' && (
        <CertificateOptions
          seats={seats}
          seatId={seat?.id ?? ''}
          onSeat={(id) => {
            setSeatId(id);
            setChosen(null);
          }}
          earned={earned}
          chosen={certificate ? certificateKey(certificate) : null}
          onChoose={setChosen}
          describe={describe}
          name={name}
          onName={setName}
        />
      )}
      {kind === 'family' && (
        <div className="printable-field">
          <label htmlFor={familyId}>{t('family.pick')}</label>
          <select
            id={familyId}
            className="printable-select"
            value={`${family.kind}:${family.id}`}
            onChange={(e) => {
              const [k, id = ''] = e.target.value.split(':');
              setFamily({ kind: k === 'module' ? 'module' : 'story', id });
            }}
          >
            <optgroup label={t('family.stories')}>
              {content.stories.map((s) => (
                <option key={s.id} value={`story:${s.id}`}>
                  {s.title}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('family.modules')}>
              {content.modules.map((m) => (
                <option key={m.id} value={`module:${m.id}`}>
                  {m.title}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
      )}

      {printout && (
        <>
          <div className="printable-actions">
            <button type="button" className="button primary" onClick={() => window.print()}>
              {t('print')}
            </button>
            <p className="printable-hint">{t('printHint')}</p>
          </div>
          <h2 id={previewId}>{t('preview')}</h2>
          <PaperLanguage locale={paper} labelledBy={previewId}>
            {printout}
          </PaperLanguage>
        </>
      )}

      <Link className="button" to={routePath({ name: 'grown-ups', locale, path: [] })}>
        {tg('back')}
      </Link>
    </div>
  );
}
