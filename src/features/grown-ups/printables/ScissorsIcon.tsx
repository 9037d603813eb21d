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
