/**
 * "Who is learning?": every seat on this device as a big picture. One tap on a seat makes it the learner and
 * goes back to where the child was. That is all a child can do here: adding a seat (two picture taps) and
 * removing one ("Manage seats", then a confirm) are grown-up controls, shown by the same page with `manage` on
 * inside the grown-ups area, behind the gate.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { MAX_SEATS } from '../../store/seatsSlice.ts';
import { useStore } from '../../store/index.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Link } from '../../ui/Link.tsx';
import { navigate } from '../../routing/router.ts';
import { routePath } from '../../routing/routes.ts';
import { AddSeat } from './AddSeat.tsx';
import { RemoveSeat } from './RemoveSeat.tsx';
import { takeReturnPath } from './returnTo.ts';
import { SeatAvatar } from './SeatAvatar.tsx';
import { useNames } from './seatNames.ts';
import './profiles.css';

type View = { kind: 'seats'; focus: string | null } | { kind: 'add' } | { kind: 'confirm'; id: string };

export default function SeatsPage({ locale, manage = false }: { locale: AppLocale; manage?: boolean }) {
  const { t } = useTranslation('profiles');
  const { seatName } = useNames();
  const list = useStore((s) => s.seats.list);
  const active = useStore((s) => s.seats.active);
  const switchSeat = useStore((s) => s.switchSeat);
  const removeSeat = useStore((s) => s.removeSeat);
  const [view, setView] = useState<View>({ kind: 'seats', focus: null });
  const [managing, setManaging] = useState(false);
  const [status, setStatus] = useState('');
  const grid = useRef<HTMLDivElement>(null);

  // Coming back to the seats from another step, focus lands on the thing the child was just dealing with.
  const focusKey = view.kind === 'seats' ? view.focus : null;
  useEffect(() => {
    if (focusKey) grid.current?.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`)?.focus();
  }, [focusKey]);

  const pick = (id: string) => {
    switchSeat(id);
    navigate(takeReturnPath(locale));
  };

  const full = list.length >= MAX_SEATS;
  const confirming = view.kind === 'confirm' ? list.find((s) => s.id === view.id) : undefined;

  return (
    <div className="page seats-page">
      <PageHeading>{manage ? t('seatsLabel') : t('title')}</PageHeading>
      <p role="status" className="seats-status">
        {status}
      </p>

      {view.kind === 'add' ? (
        <AddSeat
          onAdded={(id) => {
            const seat = useStore.getState().seats.list.find((s) => s.id === id);
            setStatus(seat ? t('welcome', { name: seatName(seat, useStore.getState().seats.list) }) : '');
            setView({ kind: 'seats', focus: id ? `seat:${id}` : 'add' });
          }}
          onCancel={() => setView({ kind: 'seats', focus: 'add' })}
        />
      ) : confirming ? (
        <RemoveSeat
          seat={confirming}
          name={seatName(confirming, list)}
          onYes={() => {
            setStatus(t('removed', { name: seatName(confirming, list) }));
            removeSeat(confirming.id);
            setView({ kind: 'seats', focus: 'manage' });
          }}
          onNo={() => setView({ kind: 'seats', focus: `remove:${confirming.id}` })}
        />
      ) : (
        <div ref={grid}>
          <p className="lead seats-intro">{manage ? t('manageIntro') : t('intro')}</p>
          <ul className="seat-grid" aria-label={t('seatsLabel')}>
            {list.map((seat) => {
              const name = seatName(seat, list);
              const current = seat.id === active;
              return (
                <li key={seat.id} className="seat-cell">
                  <button
                    type="button"
                    className="seat-tile"
                    data-focus={`seat:${seat.id}`}
                    aria-current={current ? 'true' : undefined}
                    onClick={() => pick(seat.id)}
                  >
                    <SeatAvatar animal={seat.animal} colour={seat.colour} size={96} label="" />
                    <span className="seat-name">{name}</span>
                    {current ? (
                      <span className="seat-now" aria-hidden="true">
                        {t('current')}
                      </span>
                    ) : null}
                  </button>
                  {managing && list.length > 1 ? (
                    <button
                      type="button"
                      className="seat-remove"
                      data-focus={`remove:${seat.id}`}
                      aria-label={t('manage.remove', { name })}
                      onClick={() => setView({ kind: 'confirm', id: seat.id })}
                    >
                      <svg viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M6 6l12 12M18 6L6 18" />
                      </svg>
                    </button>
                  ) : null}
                </li>
              );
            })}
            {full || !manage ? null : (
              <li className="seat-cell">
                <button
                  type="button"
                  className="seat-tile seat-add"
                  data-focus="add"
                  onClick={() => {
                    setStatus('');
                    setView({ kind: 'add' });
                  }}
                >
                  <svg viewBox="0 0 100 100" width="96" height="96" aria-hidden="true">
                    <circle cx="50" cy="50" r="45" />
                    <path d="M50 30v40M30 50h40" />
                  </svg>
                  <span className="seat-name">{t('add.open')}</span>
                </button>
              </li>
            )}
          </ul>
          {full && manage ? <p className="seats-note">{t('full', { max: MAX_SEATS })}</p> : null}
          {manage ? null : (
            <p className="seats-grown-ups">
              <Link className="standalone" to={routePath({ name: 'grown-ups', locale, path: ['seats'] })}>
                {t('forGrownUps')}
              </Link>
            </p>
          )}
          <div className="seats-manage" hidden={!manage}>
            <button
              type="button"
              className="button seats-manage-toggle"
              data-focus="manage"
              aria-pressed={managing}
              onClick={() => setManaging((m) => !m)}
            >
              {t('manage.toggle')}
            </button>
            {managing ? (
              <p className="seats-note">
                {t('manage.count', { count: list.length, max: MAX_SEATS })}{' '}
                {list.length === 1 ? t('manage.lastSeat') : null}
              </p>
            ) : null}
          </div>
        </div>
      )}
    </div>
  );
}
