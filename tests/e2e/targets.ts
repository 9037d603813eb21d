/**
 * Touch targets, measured in the page: every link, button and choice a child taps must be at least 48 px each
 * way, and 64 px on the under-9 pages (the storybook and its help page). Links inside a sentence are exempt, as
 * WCAG 2.5.8 allows: they sit in running text and grow with it.
 */
import type { Page } from '@playwright/test';

export async function smallTargets(page: Page, url: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const young = document.querySelector('[data-tier="storybook"], [data-tier="story"], .help-for-storybook');
    const min = young ? 64 : 48;
    const inSentence = (el: Element) => {
      if (el.tagName !== 'A') return false;
      const block = el.closest('p, li, td, dd');
      if (!block) return false;
      const own = (el.textContent ?? '').trim();
      return (block.textContent ?? '').trim().length > own.length + 2;
    };
    const targets = Array.from(
      document.querySelectorAll<HTMLElement>(
        'a[href], button, [role="button"], input[type="radio"], input[type="checkbox"], summary, select',
      ),
    );
    const small: string[] = [];
    for (const el of targets) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden, .print-only')) continue;
      // A native radio or checkbox is hit through its label: measure that.
      const box = (el.matches('input') ? (el.closest('label') ?? el) : el).getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown
      if (el.classList.contains('skip-link')) continue; // off screen until focused
      if (inSentence(el)) continue;
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        small.push(
          `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)} (< ${min})`,
        );
      }
    }
    return small;
  });
  return [...new Set(found)].map((f) => `${url}: target ${f}`);
}
