/** A polite live region. Each message is a new node, so saying the same words twice is heard twice. */
import { useCallback, useState, type ReactNode } from 'react';

export function useAnnouncer(): [ReactNode, (message: string) => void] {
  const [said, setSaid] = useState({ n: 0, message: '' });
  const announce = useCallback((message: string) => setSaid((s) => ({ n: s.n + 1, message })), []);
  const region = (
    <div className="visually-hidden" role="status" aria-live="polite">
      {said.message && <span key={said.n}>{said.message}</span>}
    </div>
  );
  return [region, announce];
}
