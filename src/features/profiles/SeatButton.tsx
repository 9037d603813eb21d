/**
 * The header's seat button: the current seat's face, a link to "Who is learning?". Switching seat from
 * anywhere is two taps (this, then the seat), and picking a seat comes straight back here.
 * A family with one seat never sees it (home mode). After the idle hand-over, no seat is active: it shows
 * someone without a face, "Pick your seat", never the last child's.
 */
import { Suspense } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { usePathname } from '../../routing/router.ts';
import { routePath } from '../../routing/routes.ts';
import { rememberReturnPath } from './returnTo.ts';
import { NEUTRAL_DISC, INK } from './palette.ts';
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
  const seat = list.find((s) => s.id === active);
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
      {seat ? <SeatAvatar animal={seat.animal} colour={seat.colour} size={40} label="" /> : <Nobody />}
      <span className="visually-hidden">
        {seat ? t('button', { name: seatName(seat, list) }) : t('pick')}
      </span>
    </Link>
  );
}

/** Someone, not yet anyone: a plain figure on the uncoloured disc. */
function Nobody() {
  return (
    <svg
      viewBox="0 0 100 100"
      width={40}
      height={40}
      className="seat-avatar"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="50" cy="50" r="47" fill={NEUTRAL_DISC.fill} stroke={NEUTRAL_DISC.ring} strokeWidth="5" />
      <circle cx="50" cy="38" r="14" fill="none" stroke={INK} strokeWidth="6" />
      <path d="M24 80 C28 62 72 62 76 80" fill="none" stroke={INK} strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}
