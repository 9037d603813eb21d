/**
 * The header's seat button: the current seat's face, a link to "Who is learning?". Switching seat from
 * anywhere is two taps (this, then the seat), and picking a seat comes straight back here.
 * A family with one seat never sees it (home mode).
 */
import { Suspense } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { usePathname } from '../../ui/router.ts';
import { routePath } from '../../ui/routes.ts';
import { rememberReturnPath } from './returnTo.ts';
import { SeatAvatar } from './SeatAvatar.tsx';
import { useNames } from './seatNames.ts';
import './profiles.css';

export function SeatButton({ locale }: { locale: AppLocale }) {
  const hidden = useStore((s) => s.settings.mode === 'home' && s.seats.list.length < 2);
  if (hidden) return null;
  // Its words load with the profiles strings; the header never waits for them.
  return (
    <Suspense fallback={null}>
      <SeatLink locale={locale} />
    </Suspense>
  );
}

function SeatLink({ locale }: { locale: AppLocale }) {
  const { t } = useTranslation('profiles');
  const { seatName } = useNames();
  const list = useStore((s) => s.seats.list);
  const active = useStore((s) => s.seats.active);
  const pathname = usePathname();
  const seat = list.find((s) => s.id === active) ?? list[0];
  if (!seat) return null;
  const to = routePath({ name: 'seats', locale });
  return (
    <Link
      to={to}
      className="seat-button"
      aria-current={pathname === to ? 'page' : undefined}
      onClick={() => {
        if (pathname !== to) rememberReturnPath(pathname);
      }}
    >
      <SeatAvatar animal={seat.animal} colour={seat.colour} size={40} label="" />
      <span className="visually-hidden">{t('button', { name: seatName(seat, list) })}</span>
    </Link>
  );
}
