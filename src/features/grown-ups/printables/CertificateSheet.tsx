/**
 * A certificate on one page, in the paper's language: Sango, the seat's picture, the name typed for this
 * printout (or a line to write it by hand), what was finished, the date and a line to sign.
 *
 * The name is only a prop: it lives in the printables page's state and nowhere else (see PrintablesPage).
 */
import './certificate.css';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/index.ts';
import { useTierContent } from '../../../content/loader.ts';
import type { Locale } from '../../../content/schema.ts';
import type { WorkbookModule } from '../../../content/workbookSchema.ts';
import type { Seat } from '../../../store/index.ts';
import { Sango } from '../../../ui/art/Sango.tsx';
import { SeatAvatar } from '../../profiles/index.ts';
import type { Certificate } from './certificates.ts';

function formatDate(date: Date, locale: Locale): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10); // an engine without this locale's data still prints a date
  }
}

/** A module's certificate names it by number and by its title in the paper's language. */
function ModuleAchievement({ locale, id, number }: { locale: Locale; id: string; number: number }) {
  const { t } = useTranslation('printables');
  const { t: tc } = useTranslation();
  const { items } = useTierContent(locale, 'workbook');
  const mod = items.find((i): i is WorkbookModule => i.kind === 'module' && i.id === id);
  return t('certificate.module', { number, book: tc('home.tiers.workbook.title'), title: mod?.title ?? '' });
}

function Achievement({ certificate, locale }: { certificate: Certificate; locale: Locale }) {
  const { t } = useTranslation('printables');
  const { t: tc } = useTranslation();
  switch (certificate.kind) {
    case 'storybook':
      return t('certificate.storybook', { book: tc('home.tiers.storybook.title') });
    case 'net-rules':
      return t('certificate.netRules', { book: tc('home.tiers.netRules.title') });
    case 'module':
      return <ModuleAchievement locale={locale} id={certificate.id} number={certificate.number} />;
  }
}

export function CertificateSheet(props: {
  certificate: Certificate;
  seat: Seat;
  name: string;
  locale: Locale;
}) {
  const { certificate, seat, name, locale } = props;
  const { t } = useTranslation('printables');
  const [today] = useState(() => new Date());
  return (
    <div className="paper-page certificate">
      <Sango expression="cheering" className="certificate-sango" />
      <h2 className="certificate-title">{t('certificate.title')}</h2>
      <p className="certificate-line">{t('certificate.awardedTo')}</p>
      {name ? (
        // Its own direction: an Arabic name on an English certificate, or the other way round.
        <p className="certificate-name" dir="auto">
          {name}
        </p>
      ) : (
        <p className="certificate-name certificate-blank" aria-hidden="true" />
      )}
      <p className="certificate-line">{t('certificate.hasFinished')}</p>
      <p className="certificate-what">
        <Achievement certificate={certificate} locale={locale} />
      </p>
      <SeatAvatar animal={seat.animal} colour={seat.colour} size={120} className="certificate-seat" />
      <div className="certificate-foot">
        <p>
          <span className="certificate-label">{t('certificate.date')}</span>{' '}
          <span className="certificate-field">{formatDate(today, locale)}</span>
        </p>
        <p>
          <span className="certificate-label">{t('certificate.signed')}</span>{' '}
          <span className="certificate-field certificate-signature" />
        </p>
      </div>
    </div>
  );
}
