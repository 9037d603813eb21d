/** A direction arrow. It points "forward" in reading order, so CSS mirrors it in right-to-left languages. */
export function ArrowIcon({ back = false }: { back?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={back ? 'icon-dir icon-back' : 'icon-dir'}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M5 12h13M12 5l7 7-7 7"
        fill="none"
        stroke="currentColor"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
