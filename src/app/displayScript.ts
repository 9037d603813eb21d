/**
 * Runs before the first paint of every page, as a small external script (the CSP allows no inline one): the
 * stored display settings go on `<html>` at once. Built on its own (scripts/lib/displayScript.ts); the app
 * itself applies the same settings again once it runs (useDisplaySettings).
 */
import { applyDisplaySettings, storedDisplaySettings } from './displayAttributes.ts';

try {
  const settings = storedDisplaySettings(window.localStorage.getItem('sango-state'));
  if (settings) applyDisplaySettings(document.documentElement, settings);
} catch {
  // storage refused (private mode): the defaults stay, and the app says why
}
