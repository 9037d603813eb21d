/** A star for a finished story: a picture, never a number. */
export function Star({ className, label }: { className?: string; label?: string }) {
  return (
    <svg
      viewBox="0 0 48 48"
      className={className}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path
        d="M24 3l6.2 13.3 14.6 1.7-10.8 10 2.9 14.4L24 35.3 11.1 42.4 14 28 3.2 18l14.6-1.7z"
        fill="#ffc83d"
        stroke="#b7791f"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
