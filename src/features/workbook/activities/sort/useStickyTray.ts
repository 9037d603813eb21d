/**
 * Whether the tray of bins sticks to the bottom of the screen: while there are cards to sort, and only if
 * it leaves at least half of the screen to the cards. With the largest text on a small phone three bins can fill
 * the screen; the tray then stays under the pile, where a scroll reaches it, rather than hiding the cards.
 * While it sticks, the page knows how much of it is covered: a card that gets the keyboard focus scrolls
 * clear of the tray (scroll padding, sort.css); and a drag does not scroll the page down (SortActivity).
 */
import { useEffect, useState, type RefObject } from 'react';

/** The most of the screen's height the closed tray may take and still stick: half, the rest for the cards. */
const MAX_SHARE = 0.5;

export function useStickyTray(tray: RefObject<HTMLElement | null>, active: boolean): boolean {
  const [fits, setFits] = useState(true);
  useEffect(() => {
    const el = tray.current;
    if (!active || !el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const apply = () => {
      // An open bin's cards come and go; whether the tray sticks depends on the bins alone.
      const drawer = el.querySelector<HTMLElement>('.da-placed:not([hidden])');
      const closed = el.offsetHeight - (drawer?.offsetHeight ?? 0);
      const sticks = closed <= window.innerHeight * MAX_SHARE;
      setFits(sticks);
      if (sticks) root.style.setProperty('--sort-tray-size', `${el.offsetHeight}px`);
      else root.style.removeProperty('--sort-tray-size');
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    window.addEventListener('resize', apply);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', apply);
      root.style.removeProperty('--sort-tray-size');
    };
  }, [tray, active]);
  return active && fits;
}
