/**
 * What this tab alone remembers (sessionStorage, gone when the tab closes; nothing about a child): whether the
 * grown-ups gate is open, and which "chapter" of the tab's history the current learner is in (see
 * routing/router.ts). Where sessionStorage is refused, memory stands in until the page reloads.
 */
export const GATE_KEY = 'sango-grown-ups';
export const HAND_OVER_KEY = 'sango-hand-over';

const memory = new Map<string, string>();

export function tabGet(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

export function tabSet(key: string, value: string): void {
  memory.set(key, value);
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // memory only, until the page reloads
  }
}

export function tabRemove(key: string): void {
  memory.delete(key);
  try {
    sessionStorage.removeItem(key);
  } catch {
    // nothing was stored there
  }
}

/** The grown-ups gate, once passed, stays open for this tab, until the idle hand-over closes it. */
export const isGateOpen = () => tabGet(GATE_KEY) === 'open';
export const openGate = () => tabSet(GATE_KEY, 'open');
export const closeGate = () => tabRemove(GATE_KEY);
