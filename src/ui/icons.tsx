/**
 * Every small icon Sango draws, in one place (the pictures are in ui/art). All are decoration beside words (a
 * mark always says "Correct" or "Not this one", a button or link has its name), so they are hidden from screen
 * readers. A wrong answer gets a thought bubble ("think again"), never a red cross: the cross only means
 * "take out". Icons that point along the line of reading carry `icon-dir` and are mirrored right to left.
 */

/** A line drawing on a 24-unit grid, in the text colour. */
function LineIcon({
  d,
  className = 'act-icon',
  width = 3,
}: {
  d: string;
  className?: string;
  width?: number;
}) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth={width}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A tick: chosen. */
export const CheckIcon = () => <LineIcon d="M5 12.5l4.5 4.5L19 7.5" />;

/** Take out: a small cross (never used for "wrong"). */
export const CloseIcon = () => <LineIcon d="M7 7l10 10M17 7L7 17" />;

/** Up or down: vertical, so the same in both reading directions. */
export const ArrowIcon = ({ up }: { up: boolean }) => (
  <LineIcon d={up ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'} />
);

/** A drawer's open (down) or close (up) mark: vertical, so the same in both reading directions. */
export const ChevronIcon = ({ up }: { up: boolean }) => (
  <LineIcon d={up ? 'M6 15l6-6 6 6' : 'M6 9l6 6 6-6'} />
);

/** A curved "give it back" arrow; it points back in reading order, so CSS mirrors it right to left. */
export const UndoIcon = () => (
  <LineIcon d="M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 010 11H11" className="act-icon act-icon-dir" />
);

/** Right: a white star in a disc of the text colour. */
export function StarIcon() {
  return (
    <svg className="act-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path
        d="M12 4.8l2.1 4.3 4.7.7-3.4 3.3.8 4.7L12 15.6l-4.2 2.2.8-4.7-3.4-3.3 4.7-.7z"
        fill="#fff"
        stroke="#fff"
        strokeWidth="0.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Not this one: a thought bubble with three dots ("think again"). */
export function ThinkIcon() {
  return (
    <svg className="act-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle
        cx="12"
        cy="11"
        r="9.5"
        fill="var(--act-again-soft, #fff4dc)"
        stroke="currentColor"
        strokeWidth="2"
      />
      <circle cx="4" cy="21.5" r="1.6" fill="currentColor" />
      <circle cx="8" cy="11" r="1.5" fill="currentColor" />
      <circle cx="12" cy="11" r="1.5" fill="currentColor" />
      <circle cx="16" cy="11" r="1.5" fill="currentColor" />
    </svg>
  );
}

/** A picture (a framed landscape with the sun): a made-up post's photo, described in words. */
export const PictureIcon = () => (
  <LineIcon
    className="picture-icon"
    width={2}
    d="M4.5 4.5h15a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2h-15a2 2 0 0 1-2-2v-11a2 2 0 0 1 2-2zM8.5 7.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4zM3.5 18l5.5-5.5 4 4 3-3 4.5 4.5"
  />
);

/** Two cards joined (match): the same both ways, so nothing to mirror right to left. */
export function JoinIcon() {
  return (
    <svg className="act-icon da-join" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
      <path d="M5 8h22" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <circle cx="5" cy="8" r="4" fill="currentColor" />
      <circle cx="27" cy="8" r="4" fill="currentColor" />
    </svg>
  );
}

/** Forward along the line of reading ("Next"); `back` turns it round. Mirrored right to left by CSS. */
export const ForwardIcon = ({ back = false }: { back?: boolean }) => (
  <LineIcon d="M5 12h13M12 5l7 7-7 7" className={back ? 'icon-dir icon-back' : 'icon-dir'} />
);

/** A small chevron back along the line of reading. */
export const ChevronBackIcon = () => <LineIcon d="M9 5l7 7-7 7" className="icon-dir icon-back" />;

/** Leaving Sango: an arrow out of a box (links to other websites). */
export const ExternalIcon = () => (
  <LineIcon
    d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 01-1 1H5a1 1 0 01-1-1V7a1 1 0 011-1h5"
    className="external-icon"
    width={2.2}
  />
);

/** The life ring that marks help everywhere: in the header and at the end of stories, modules and rules. */
export function HelpIcon({ className = 'help-icon' }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2.4" />
      <circle cx="12" cy="12" r="4" fill="none" stroke="currentColor" strokeWidth="2.4" />
      <path
        d="M5.6 5.6l3.6 3.6M14.8 14.8l3.6 3.6M18.4 5.6l-3.6 3.6M9.2 14.8l-3.6 3.6"
        stroke="currentColor"
        strokeWidth="2.4"
      />
    </svg>
  );
}

/** A grown-up and a child: the grown-ups area. */
export function GrownUpsIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="nav-icon">
      <circle cx="9" cy="6" r="3" fill="currentColor" />
      <path d="M3.5 21v-6a5.5 5.5 0 0111 0v6z" fill="currentColor" />
      <circle cx="17.5" cy="11" r="2.2" fill="currentColor" />
      <path d="M14 21v-3.2a3.5 3.5 0 017 0V21z" fill="currentColor" />
    </svg>
  );
}

/** A gear: Settings. */
export function SettingsIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="nav-icon">
      <path
        d="M12 8.5a3.5 3.5 0 100 7 3.5 3.5 0 000-7zm8.6 5.2l-1.9-.4a7 7 0 01-.7 1.7l1.1 1.6-1.7 1.7-1.6-1.1a7 7 0 01-1.7.7l-.4 1.9h-2.4l-.4-1.9a7 7 0 01-1.7-.7l-1.6 1.1-1.7-1.7 1.1-1.6a7 7 0 01-.7-1.7l-1.9-.4v-2.4l1.9-.4a7 7 0 01.7-1.7L4.5 7.1l1.7-1.7 1.6 1.1a7 7 0 011.7-.7l.4-1.9h2.4l.4 1.9a7 7 0 011.7.7l1.6-1.1 1.7 1.7-1.1 1.6a7 7 0 01.7 1.7l1.9.4z"
        fill="currentColor"
        fillRule="evenodd"
      />
    </svg>
  );
}

/** A bin: erase. */
export function BinIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M9 3h6l1 2h4v2H4V5h4zM6 9h12l-1 12H7z" fill="currentColor" />
    </svg>
  );
}

/** A pair of scissors beside "cut along the dashed lines": the picture says it to those who do not read. */
export function ScissorsIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" className="scissors">
      <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <circle cx="6" cy="6" r="3" />
        <circle cx="6" cy="18" r="3" />
        <path d="M8.1 8.1 20 20M8.1 15.9 20 4" />
      </g>
    </svg>
  );
}
