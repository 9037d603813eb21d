/**
 * Whether Sango is fully saved on this device for offline use, and if not, why. When the device is out of
 * space, the service worker's install stops part-way (a few files of a hundred), the browser drops the worker,
 * and nothing tells anyone: the app just fails offline. A working service worker means everything was saved
 * (its install only succeeds once every file is); none, with some of its files saved, means the install
 * stopped. Then the files it expected (from sw.js, when online) give the count, and a trial write shows
 * whether space is what ran out. Every API here is optional: where one is missing, the answer is "unsupported".
 */
import { useEffect, useState } from 'react';
import { precacheUrls } from './precacheManifest.ts';

export type OfflineStatus =
  | { state: 'checking' }
  | { state: 'unsupported' }
  | { state: 'ready' }
  | { state: 'saving' }
  | { state: 'none' }
  | { state: 'incomplete'; saved: number; total: number | null; reason: 'space' | 'unknown' };

export interface OfflineEnv {
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistration'>;
  caches?: Pick<CacheStorage, 'keys' | 'open' | 'delete'>;
  fetchText(url: string): Promise<string>;
}

/** The largest file the service worker saves (vite.config.ts, maximumFileSizeToCacheInBytes). */
const TRIAL_BYTES = 1024 * 1024;
const TRIAL_CACHE = 'sango-space-check';
const PRECACHE = /^workbox-precache/;

function browserEnv(): OfflineEnv {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  return {
    serviceWorker: nav?.serviceWorker,
    caches: typeof caches !== 'undefined' ? caches : undefined,
    fetchText: (url) =>
      fetch(url, { cache: 'no-store' }).then((r) =>
        r.ok ? r.text() : Promise.reject(new Error(`${r.status}`)),
      ),
  };
}

async function countSaved(store: NonNullable<OfflineEnv['caches']>): Promise<number> {
  let saved = 0;
  for (const name of (await store.keys()).filter((n) => PRECACHE.test(n)))
    saved += (await (await store.open(name)).keys()).length;
  return saved;
}

/** How many files this version's service worker saves, read from sw.js; null when it cannot be read. */
async function expected(env: OfflineEnv): Promise<number | null> {
  try {
    const sw = await env.fetchText('/sw.js');
    const count = precacheUrls(sw).length;
    return count > 0 ? count : null;
  } catch {
    return null;
  }
}

/** Whether the largest file the service worker saves would still fit; the trial is removed at once. */
async function roomLeft(store: NonNullable<OfflineEnv['caches']>): Promise<boolean> {
  try {
    const trial = await store.open(TRIAL_CACHE);
    await trial.put('/__space-check__', new Response(new Uint8Array(TRIAL_BYTES)));
    return true;
  } catch (e) {
    return !(e instanceof DOMException && e.name === 'QuotaExceededError');
  } finally {
    await store.delete(TRIAL_CACHE).catch(() => false);
  }
}

export async function checkOffline(env: OfflineEnv = browserEnv()): Promise<OfflineStatus> {
  const { serviceWorker, caches: store } = env;
  if (!serviceWorker || !store) return { state: 'unsupported' };
  try {
    const registration = await serviceWorker.getRegistration();
    if (registration?.active) return { state: 'ready' };
    if (registration?.installing || registration?.waiting) return { state: 'saving' };
    const saved = await countSaved(store);
    if (saved === 0) return { state: 'none' };
    const total = await expected(env);
    if (total !== null && saved >= total) return { state: 'none' }; // all there, but no worker to serve it
    return { state: 'incomplete', saved, total, reason: (await roomLeft(store)) ? 'unknown' : 'space' };
  } catch {
    return { state: 'unsupported' };
  }
}

const RECHECK_MS = 2000;
/**
 * While files are being saved, look again until it ends. A first visit registers the worker a moment after the
 * page opens, so "nothing saved" is looked at again for a minute.
 */
const RECHECKS = 30;

/** The status, checked when shown, again while saving may still start or finish, and when a worker is ready. */
export function useOfflineStatus(env?: OfflineEnv): OfflineStatus {
  const [status, setStatus] = useState<OfflineStatus>({ state: 'checking' });
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let left = RECHECKS;
    const check = () => {
      clearTimeout(timer);
      void checkOffline(env).then((next) => {
        if (!live) return;
        setStatus(next);
        if ((next.state === 'saving' || next.state === 'none') && left-- > 0)
          timer = setTimeout(check, RECHECK_MS);
      });
    };
    check();
    const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
    void sw?.ready?.then(() => live && check());
    sw?.addEventListener?.('controllerchange', check);
    return () => {
      live = false;
      clearTimeout(timer);
      sw?.removeEventListener?.('controllerchange', check);
    };
  }, [env]);
  return status;
}
