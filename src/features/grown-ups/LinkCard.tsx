import type { ReactNode } from 'react';
import { Link } from '../../ui/Link.tsx';

/** A whole-card link: a title and one line on what is behind it. */
export function LinkCard({ to, title, children }: { to: string; title: ReactNode; children: ReactNode }) {
  return (
    <li>
      <Link className="link-card" to={to}>
        <span className="link-card-title">{title}</span>
        <span className="link-card-desc">{children}</span>
      </Link>
    </li>
  );
}
