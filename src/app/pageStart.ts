/**
 * The small script every page runs in its head, before its first paint (an external file: the CSP allows no
 * inline script). Built on its own (scripts/lib/prerender/pageStart.ts).
 *
 * 1. The stored display settings go on `<html>` at once, so a child who chose large text or high contrast never
 *    sees the page switch. (The app applies them again once it runs: useDisplaySettings.)
 * 2. On a prerendered page, the app starts just after the first paint: the page's words are on screen before
 *    any of its code is fetched or run (on a slow connection the code would share it with the stylesheets and
 *    fonts; from the cache, running it would still come first). The entry is this script's `data-app`; the
 *    chunks the page needs (`data-preload`) are asked for at the same moment, in parallel, not one by one.
 */
import { applyDisplaySettings, storedDisplaySettings } from './displayAttributes.ts';

try {
  const settings = storedDisplaySettings(window.localStorage.getItem('sango-state'));
  if (settings) applyDisplaySettings(document.documentElement, settings);
} catch {
  // storage refused (private mode): the defaults stay, and the app says why
}

const { app: entry, preload = '' } = document.currentScript?.dataset ?? {};
if (entry) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preload.split(' ').filter(Boolean)) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = entry;
    document.head.append(script);
  };
  // After the frame that paints the page (a tab opened in the background paints, and starts, when shown).
  requestAnimationFrame(() => setTimeout(start, 0));
}
