/**
 * Every icon the workbook activities draw, in one place. All are decoration beside words (a mark always says
 * "Correct" or "Not this one", a button has its name), so they are hidden from screen readers. A wrong answer
 * gets a thought bubble ("think again"), never a red cross: the cross only means "take out".
 */

/** A line drawing on a 24-unit grid, in the text colour. */
function LineIcon({ d, className = 'act-icon' }: { d: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={d}
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
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
