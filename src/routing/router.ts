/**
 * A tiny history router: the app's URLs are few and fixed, so a 1 KB store over `history` replaces a
 * router library on the home page's first load.
 *
 * History comes in chapters. On a shared school tablet the idle hand-over starts a new one (`newChapter`), and
 * every entry written before it (the last child's pages) leads to where the new chapter starts instead: Back,
 * however often, and even after a reload, never shows a classmate's pages again. Each entry carries its chapter
 * number in `history.state`; the current number lives in this tab's session (see store/tabSession.ts).
 */
import { useSyncExternalStore } from 'react';
import { HAND_OVER_KEY, tabGet, tabSet } from '../store/tabSession.ts';

interface Chapter {
  /** 0 until the first hand-over in this tab. */
  n: number;
  /** Where the chapter starts, and where an older entry leads. */
  start: string;
}

const listeners = new Set<() => void>();
let navigations = 0;
const notify = (counts = true) => {
  if (counts) navigations++;
  listeners.forEach((l) => l());
};

function currentChapter(): Chapter {
  try {
    const saved = JSON.parse(tabGet(HAND_OVER_KEY) ?? 'null') as Partial<Chapter> | null;
    if (saved && Number.isInteger(saved.n) && typeof saved.start === 'string' && saved.start.startsWith('/'))
      return { n: saved.n as number, start: saved.start };
  } catch {
    // not ours: start from the beginning
  }
  return { n: 0, start: '/' };
}

/** The chapter of the entry the browser is on; -1 for an entry this app never marked. */
function entryChapter(): number {
  const state: unknown = window.history.state;
  const n = state && typeof state === 'object' ? (state as { chapter?: unknown }).chapter : undefined;
  return typeof n === 'number' ? n : -1;
}

const mark = (n: number) => ({ chapter: n });

/** Marks an entry that has no chapter yet (a first load, a link to `#section`) as the current chapter's. */
function markEntry(): void {
  if (entryChapter() === -1) window.history.replaceState(mark(currentChapter().n), '', window.location.href);
}

/** On an entry from an earlier chapter, goes to where the current one starts. Returns whether it did. */
function leaveOldChapter(): boolean {
  const chapter = currentChapter();
  if (chapter.n === 0 || entryChapter() >= chapter.n) return false;
  window.history.replaceState(mark(chapter.n), '', chapter.start);
  return true;
}

const onPopState = () => {
  leaveOldChapter();
  notify();
};

if (typeof window !== 'undefined') {
  // Arriving on an entry of an earlier chapter (a reload, or Back into a page loaded before a reload) leaves it
  // at once, before anything reads the URL. A new page load (a link, a typed address) has no mark yet: it
  // belongs to the current chapter.
  if (entryChapter() !== -1) leaveOldChapter();
  markEntry();
  window.addEventListener('hashchange', markEntry);
  // A page restored from the back-forward cache runs no code on arrival.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && leaveOldChapter()) notify();
  });
}

/** True once the user has moved inside the app (not on the first page load). */
export function hasNavigated(): boolean {
  return navigations > 0;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', onPopState);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

/**
 * The path a prerender renders (set by the server entry before each page). In the browser it is the address
 * itself, also while hydrating: a prerendered page is only hydrated at its own address (main.tsx).
 */
let serverPathname = '/';
export function setServerPathname(pathname: string): void {
  serverPathname = pathname;
}
const browserPathname = () => window.location.pathname;
const serverSnapshot = () => (typeof window === 'undefined' ? serverPathname : window.location.pathname);

export function usePathname(): string {
  return useSyncExternalStore(subscribe, browserPathname, serverSnapshot);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  const state = mark(currentChapter().n);
  if (options.replace) window.history.replaceState(state, '', path);
  else {
    window.history.pushState(state, '', path);
    window.scrollTo(0, 0);
  }
  // A redirect (replace) is not a move the user made, so it does not move focus.
  notify(!options.replace);
}

/**
 * Starts a new chapter of this tab's history at `path`, replacing the current entry: from now on every earlier
 * entry leads to `path`.
 */
export function newChapter(path: string): void {
  const chapter = { n: currentChapter().n + 1, start: path };
  tabSet(HAND_OVER_KEY, JSON.stringify(chapter));
  window.history.replaceState(mark(chapter.n), '', path);
  window.scrollTo(0, 0);
  notify();
}
