/** "Remove this seat?": two answers of equal weight, and the words say that its progress goes too. */
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import type { Seat } from '../../store/index.ts';
import { SeatAvatar } from './SeatAvatar.tsx';

interface Props {
  seat: Seat;
  name: string;
  onYes: () => void;
  onNo: () => void;
}

export function RemoveSeat({ seat, name, onYes, onNo }: Props) {
  const { t } = useTranslation('profiles');
  const question = useRef<HTMLHeadingElement>(null);
  // The remove button is gone: the question takes focus so it is read out first.
  useEffect(() => question.current?.focus(), []);
  return (
    <section
      role="group"
      className="seat-confirm"
      aria-labelledby="seat-confirm-title"
      aria-describedby="seat-confirm-body"
    >
      <SeatAvatar animal={seat.animal} colour={seat.colour} size={120} label="" />
      <h2 id="seat-confirm-title" ref={question} tabIndex={-1}>
        {t('confirm.title', { name })}
      </h2>
      <p id="seat-confirm-body">{t('confirm.body', { name })}</p>
      <div className="seat-confirm-actions">
        <button type="button" className="button" onClick={onYes}>
          {t('confirm.yes')}
        </button>
        <button type="button" className="button" onClick={onNo}>
          {t('confirm.no')}
        </button>
      </div>
    </section>
  );
}
