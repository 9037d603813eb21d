/**
 * Seat cards: each seat's animal on its colour, big, six to a page with dashed lines to cut along, so a child
 * who cannot read yet finds their seat by its picture. The seat's name under it is for the grown-up.
 */
import './seatCards.css';
import { useTranslation } from '../../../i18n/index.ts';
import type { Seat } from '../../../store/index.ts';
import { SeatAvatar, useNames } from '../../profiles/index.ts';
import { ScissorsIcon } from '../../../ui/icons.tsx';

/** Two across and three down fits both A4 and Letter with room for the cut lines. */
export const CARDS_PER_PAGE = 6;

export function pagesOf<T>(list: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < list.length; i += size) pages.push(list.slice(i, i + size));
  return pages;
}

export function SeatCards({ seats }: { seats: readonly Seat[] }) {
  const { t } = useTranslation('printables');
  const { seatName } = useNames();
  return pagesOf(seats, CARDS_PER_PAGE).map((page, i) => (
    <div className="paper-page seat-card-page" key={i}>
      <p className="seat-card-cut">
        <ScissorsIcon /> {t('seats.cut')}
      </p>
      <ul className="seat-card-grid">
        {page.map((seat) => (
          <li className="seat-card" key={seat.id}>
            <SeatAvatar animal={seat.animal} colour={seat.colour} size={200} label="" />
            <span className="seat-card-name">{seatName(seat, seats)}</span>
          </li>
        ))}
      </ul>
    </div>
  ));
}
