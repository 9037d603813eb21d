import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { navigate } from '../routing/router.ts';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; replace?: boolean; children: ReactNode };

/** An ordinary link (so it can be opened in a new tab or copied) that navigates in-app on a plain click. */
export function Link({ to, replace, onClick, children, ...rest }: Props) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to, { replace });
  };
  return (
    <a href={to} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
