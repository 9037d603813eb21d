import { useEffect, useRef, type ReactNode } from 'react';
import { i18n } from '../i18n/index.ts';
import { hasNavigated } from '../routing/router.ts';

/**
 * The page's one h1. When an in-app navigation brings a new page (a new heading), it takes focus so screen
 * readers announce it, as a full page load would; it also names the browser tab. It acts only when the
 * heading's words change: turning a story's page or saving a choice must not pull focus from the button
 * the child just pressed.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    if (text === shown.current) return;
    shown.current = text;
    document.title = text ? `${text} · ${i18n.t('app.name')}` : i18n.t('app.name');
    if (hasNavigated()) ref.current?.focus({ preventScroll: false });
  });
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
