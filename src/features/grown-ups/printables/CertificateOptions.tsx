/**
 * What a certificate needs before printing: whose it is (a seat, by its picture), what it is for (only what
 * that seat has finished) and, if the grown-up wants, a name.
 *
 * The name follows the Net Rules result card's rules: at most 40 characters, no autocomplete or spell check
 * (the browser keeps neither), no form to submit (so it never reaches the URL), and it lives only in the page's
 * state, never in the store or any storage: it is gone when the page closes.
 */
import { useId } from 'react';
import { useTranslation } from '../../../i18n/index.ts';
import type { Seat } from '../../../store/index.ts';
import { SeatAvatar, useNames } from '../../profiles/index.ts';
import { certificateKey, type Certificate } from './certificates.ts';

/** The same limit as the result card's name (features/net-rules/ResultCard.tsx). */
export const NAME_MAX = 40;

export function CertificateOptions(props: {
  seats: readonly Seat[];
  seatId: string;
  onSeat: (id: string) => void;
  earned: readonly Certificate[];
  chosen: string | null;
  onChoose: (key: string) => void;
  describe: (c: Certificate) => string;
  name: string;
  onName: (name: string) => void;
}) {
  const { t } = useTranslation('printables');
  const { seatName } = useNames();
  const nameId = useId();
  const helpId = useId();
  return (
    <>
      <fieldset className="choice-group printable-seats">
        <legend>{t('certificate.seatLegend')}</legend>
        <div className="printable-seat-options">
          {props.seats.map((seat) => (
            <label key={seat.id} className="printable-seat">
              <input
                type="radio"
                name="certificate-seat"
                value={seat.id}
                checked={props.seatId === seat.id}
                onChange={() => props.onSeat(seat.id)}
              />
              <SeatAvatar animal={seat.animal} colour={seat.colour} size={56} label="" />
              <span>{seatName(seat, props.seats)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {props.earned.length === 0 ? (
        <p className="printable-none" role="status">
          {t('certificate.none')}
        </p>
      ) : (
        <>
          <fieldset className="choice-group">
            <legend>{t('certificate.whatLegend')}</legend>
            <div className="choice-group-options printable-column">
              {props.earned.map((c) => (
                <label key={certificateKey(c)} className="radio-pill">
                  <input
                    type="radio"
                    name="certificate-for"
                    value={certificateKey(c)}
                    checked={props.chosen === certificateKey(c)}
                    onChange={() => props.onChoose(certificateKey(c))}
                  />
                  <span>{props.describe(c)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="printable-name">
            <label htmlFor={nameId}>{t('certificate.nameLabel')}</label>
            <input
              id={nameId}
              type="text"
              value={props.name}
              maxLength={NAME_MAX}
              autoComplete="off"
              spellCheck={false}
              dir="auto"
              aria-describedby={helpId}
              onChange={(e) => props.onName(e.target.value.slice(0, NAME_MAX))}
            />
            <p id={helpId} className="printable-hint">
              {t('certificate.nameHelp')}
            </p>
          </div>
        </>
      )}
    </>
  );
}
