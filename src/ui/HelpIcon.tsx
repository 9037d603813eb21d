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
