/**
 * `<html data-app="ready">` once the page is the app's: hydrated (or rendered) with its buttons working, or
 * showing the "something went wrong" page. Before that a prerendered page shows its words and its links work,
 * but a button does nothing yet; browser tests wait for this after opening a page (tests/e2e/fixtures.ts).
 */
export function markAppReady(): void {
  document.documentElement.dataset.app = 'ready';
}
