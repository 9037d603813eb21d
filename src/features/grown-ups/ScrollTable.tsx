import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own box when a phone is too narrow for its columns, so words are never
 * broken inside and the page itself never scrolls sideways. Focusable, so a keyboard can scroll it too (WCAG 2.1.1).
 */
export function ScrollTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a region that scrolls must take focus to scroll by keyboard
    <div className="class-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
