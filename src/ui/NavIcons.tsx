/**
 * The header's icons for the grown-ups area and Settings. On a phone the header keeps one row by showing these
 * icons without their words (the words stay for screen readers and as the links' names); Help always shows its
 * word as well.
 */
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
