import { useEffect, useRef, type ReactNode } from 'react';
import { i18n } from '../i18n/index.ts';
import { hasNavigated } from './router.ts';

/**
 * The page's one h1. After an in-app navigation it takes focus, so screen readers announce the new page
 * (as a full page load would), and it names the browser tab.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = ref.current?.textContent ?? '';
    document.title = text ? `${text} · ${i18n.t('app.name')}` : i18n.t('app.name');
    if (hasNavigated()) ref.current?.focus({ preventScroll: false });
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
