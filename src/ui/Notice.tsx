import type { ReactNode } from 'react';

export function Notice(props: {
  children: ReactNode;
  onClose: () => void;
  closeLabel: string;
  actions?: ReactNode;
}) {
  return (
    <div className="notice">
      <p>{props.children}</p>
      <div className="notice-actions">
        {props.actions}
        <button type="button" className="button" onClick={props.onClose}>
          {props.closeLabel}
        </button>
      </div>
    </div>
  );
}
