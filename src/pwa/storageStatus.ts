/**
 * Where progress lives, in facts a grown-up can act on: saved on this device or only in memory, kept by the
 * browser for good ("persistent") or clearable when space runs short, and installed or in a browser tab.
 * Every browser API here is optional: where one is missing, the answer is "unknown", never an error.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { storage } from '../store/index.ts';

export type Persistence = 'persistent' | 'clearable' | 'unknown';

export interface StorageStatus {
  /** 'memory' when the browser refused storage: progress is lost when the tab closes. */
  saved: 'device' | 'memory';
  persistence: Persistence;
  /** Opened from the home screen or as an installed app, not in a browser tab. */
  installed: boolean;
  /** The browser can be asked to keep the data (`navigator.storage.persist` exists and it is not kept yet). */
  canAsk: boolean;
  /** Asks the browser to keep the data; resolves to whether it agreed. */
  ask(): Promise<boolean>;
}

const memoryOnly = () => storage.notices.includes('memory-only');
const subscribeNotices = (onChange: () => void) => storage.onNotice(onChange);

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

const STANDALONE = '(display-mode: standalone)';

function standaloneQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(STANDALONE)
    : null;
}

/** True when Sango runs as an installed app (any browser), including iOS home-screen apps. */
export function isInstalled(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || standaloneQuery()?.matches === true;
}

function subscribeDisplayMode(onChange: () => void): () => void {
  const query = standaloneQuery();
  query?.addEventListener?.('change', onChange);
  window.addEventListener('appinstalled', onChange);
  return () => {
    query?.removeEventListener?.('change', onChange);
    window.removeEventListener('appinstalled', onChange);
  };
}

export function useInstalled(): boolean {
  return useSyncExternalStore(subscribeDisplayMode, isInstalled, () => false);
}

export function useStorageStatus(): StorageStatus {
  const memory = useSyncExternalStore(subscribeNotices, memoryOnly, () => false);
  const installed = useInstalled();
  const [persistence, setPersistence] = useState<Persistence>('unknown');

  useEffect(() => {
    const manager = storageManager();
    if (!manager || typeof manager.persisted !== 'function') return;
    let live = true;
    manager.persisted().then(
      (kept) => {
        if (live) setPersistence(kept ? 'persistent' : 'clearable');
      },
      () => undefined, // stays "unknown"
    );
    return () => {
      live = false;
    };
  }, []);

  const ask = useCallback(async () => {
    const manager = storageManager();
    if (!manager || typeof manager.persist !== 'function') return false;
    try {
      const kept = await manager.persist();
      setPersistence(kept ? 'persistent' : 'clearable');
      return kept;
    } catch {
      return false;
    }
  }, []);

  const canAsk = !memory && persistence !== 'persistent' && typeof storageManager()?.persist === 'function';
  return { saved: memory ? 'memory' : 'device', persistence, installed, canAsk, ask };
}
