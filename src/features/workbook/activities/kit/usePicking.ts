/**
 * The card a child has picked (a tap, or Enter) and is about to put somewhere: one at a time; the same card
 * again puts it down, and so does Escape, wherever focus is. With `escapeTo` (a data-focus prefix), Escape
 * also brings a keyboard user back to the card they picked.
 */
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from '../../../../i18n/index.ts';

export function usePicking(
  announce: (message: string) => void,
  root: RefObject<HTMLElement | null>,
  escapeTo?: string,
) {
  const { t } = useTranslation('workbook');
  const [picked, setPicked] = useState<string | null>(null);

  useEffect(() => {
    if (picked === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPicked(null);
      if (escapeTo && root.current?.contains(document.activeElement)) {
        root.current.querySelector<HTMLElement>(`[data-focus="${escapeTo}:${picked}"]`)?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [picked, root, escapeTo]);

  /** Picks `id` and says so (`label`: its words), or puts it down if it was picked. True when picked now. */
  const toggle = (id: string, label: string): boolean => {
    if (picked === id) {
      setPicked(null);
      return false;
    }
    setPicked(id);
    announce(t('activity.pickedCard', { card: label }));
    return true;
  };

  return { picked, toggle, drop: () => setPicked(null) };
}
