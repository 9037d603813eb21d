/**
 * The browser fires `beforeinstallprompt` once, often before the grown-ups page is open, so it is caught
 * from the start (main.tsx) and kept here until a grown-up taps "Install Sango". Tiny on purpose: it is
 * part of the first load.
 */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let stashed: BeforeInstallPromptEvent | null = null;
const promptListeners = new Set<() => void>();
let capturing = false;

export function captureInstallPrompt(): void {
  if (capturing || typeof window === 'undefined') return;
  capturing = true;
  window.addEventListener('beforeinstallprompt', (e) => {
    e.preventDefault(); // the app offers it in words, where a grown-up expects it
    stashed = e as BeforeInstallPromptEvent;
    promptListeners.forEach((l) => l());
  });
  window.addEventListener('appinstalled', () => {
    stashed = null;
    promptListeners.forEach((l) => l());
  });
}

export function subscribePrompt(onChange: () => void): () => void {
  promptListeners.add(onChange);
  return () => promptListeners.delete(onChange);
}
export const currentPrompt = () => stashed;

/** A prompt can be shown only once: forget it after use. */
export function usedInstallPrompt(): void {
  stashed = null;
  promptListeners.forEach((l) => l());
}
