/**
 * The door to the grown-ups area: "press and hold for 3 seconds". A young child tapping around will not
 * pass it by accident; any adult can, with a mouse, a finger, a keyboard (holding Space or Enter) or a
 * screen reader, because the instructions say how in words and can be read aloud. The hold shows as a
 * filling bar and a countdown in words (the bar fills in whole-second steps when motion is reduced).
 * Once passed it stays open for this tab's session (nothing else is stored), until the idle hand-over at
 * school closes it for the next child.
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { isGateOpen, openGate } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { usePathname } from '../../routing/router.ts';
import { parseRoute, routePath } from '../../routing/routes.ts';
import { HOLD_MS, useHold } from './useHold.ts';
import { useSpeech } from './useVoice.ts';

// The gate's state lives in the tab's session, which a prerendered page cannot know: it is rendered closed
// (the gate, never the page behind it), hydrated closed, and opened just after if this tab already passed it.
const noSubscription = () => () => undefined;
const closedOnServer = () => false;

export function GrownUpsGate({ children }: { children: ReactNode }) {
  const passedBefore = useSyncExternalStore(noSubscription, isGateOpen, closedOnServer);
  const [passedNow, setOpen] = useState(false);
  const open = passedBefore || passedNow;
  const justOpened = useRef(false);
  const area = useRef<HTMLDivElement>(null);
  // The held button is gone once the gate opens: focus goes to the page's heading, where reading starts.
  useEffect(() => {
    if (!open || !justOpened.current) return;
    justOpened.current = false;
    area.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [open]);
  if (!open) {
    return (
      <HoldGate
        onOpen={() => {
          openGate();
          justOpened.current = true;
          setOpen(true);
        }}
      />
    );
  }
  return (
    <div ref={area} className="grown-ups-area">
      {children}
    </div>
  );
}

const isHoldKey = (e: KeyboardEvent) => e.key === ' ' || e.key === 'Enter' || e.key === 'Spacebar';

function HoldGate({ onOpen }: { onOpen: () => void }) {
  const { t, i18n } = useTranslation('grownUps');
  const { t: tc } = useTranslation();
  const route = parseRoute(usePathname(), import.meta.env.DEV);
  const locale = route.name === 'root' ? 'en' : (route.locale ?? 'en');
  const hold = useHold(onOpen);
  const { voice, speak } = useSpeech(i18n.language);
  const instructionId = useId();
  const helpId = useId();

  const held = hold.elapsed ?? 0;
  const seconds = HOLD_MS / 1000;
  const secondsLeft = Math.max(1, Math.ceil((HOLD_MS - held) / 1000));
  const fill = {
    '--hold': Math.min(1, held / HOLD_MS),
    '--hold-step': Math.floor(held / 1000) / seconds,
  } as CSSProperties;
  const status =
    hold.elapsed !== null
      ? t('gate.holding', { count: secondsLeft })
      : hold.releasedEarly
        ? t('gate.tooShort')
        : '';

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    // Keeps the hold going if a finger slides a little off the button.
    if (typeof e.currentTarget.setPointerCapture === 'function') {
      try {
        e.currentTarget.setPointerCapture(e.pointerId);
      } catch {
        // not capturable (e.g. a synthetic event): the hold still works while over the button
      }
    }
    hold.start();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!isHoldKey(e)) return;
    e.preventDefault(); // no page scroll on Space, no click on Enter
    if (!e.repeat) hold.start(); // auto-repeat is the same press, never a new one
  };
  const onKeyUp = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!isHoldKey(e)) return;
    e.preventDefault();
    hold.release();
  };

  return (
    <div className="page prose-page gate">
      <PageHeading>{tc('grownUps.title')}</PageHeading>
      <p className="lead">{t('gate.intro')}</p>
      <p id={instructionId}>{t('gate.instruction')}</p>
      <button
        type="button"
        className="button hold-button"
        data-holding={hold.elapsed !== null ? 'true' : undefined}
        aria-describedby={`${instructionId} ${helpId}`}
        onPointerDown={onPointerDown}
        onPointerUp={hold.release}
        onPointerCancel={hold.release}
        onLostPointerCapture={hold.release}
        onKeyDown={onKeyDown}
        onKeyUp={onKeyUp}
        onBlur={hold.release}
        onContextMenu={(e) => e.preventDefault()} // a long touch must not open the system menu
      >
        {/* Styled only while held: at rest the stylesheet's default (empty) applies, so the prerendered HTML
            needs no style attribute, which the CSP would refuse. */}
        <span className="hold-fill" style={hold.elapsed !== null ? fill : undefined} aria-hidden="true" />
        <span className="hold-label">{t('gate.hold')}</span>
      </button>
      <p role="status" className="hold-status">
        {status}
      </p>
      <p id={helpId} className="gate-help">
        {t('gate.screenReader')}
      </p>
      <div className="gate-actions">
        {voice && (
          <button
            type="button"
            className="button"
            onClick={() => speak(`${t('gate.intro')} ${t('gate.instruction')}`)}
          >
            {t('gate.readAloud')}
          </button>
        )}
        <Link className="button" to={routePath({ name: 'home', locale })}>
          {t('gate.notGrownUp')}
        </Link>
      </div>
    </div>
  );
}
