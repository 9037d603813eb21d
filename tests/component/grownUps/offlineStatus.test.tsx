/**
 * The storage status says whether Sango is saved whole for offline use, and when it is not (the service worker
 * stopped part-way and the browser dropped it), why, with what to do. Browser APIs are stand-ins here; the
 * browser test (tests/e2e/offlineSpace.spec.ts) fills a real quota.
 */
import { act, render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageStatus } from '../../../src/features/grown-ups/StorageStatus.tsx';
import { checkOffline, type OfflineEnv } from '../../../src/pwa/offlineStatus.ts';
import { freshAppEachTest } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

const SW = (n: number) =>
  `e.precacheAndRoute([${Array.from({ length: n }, (_, i) => `{url:"assets/f${i}.js",revision:null}`).join(',')}],{})`;

/** A device whose service worker saved `saved` files and then stopped; `full` when no more fits. */
function stoppedEnv(saved: number, full: boolean, swText: string | null = SW(107)): OfflineEnv {
  const trials: string[] = [];
  return {
    serviceWorker: { getRegistration: () => Promise.resolve(undefined) },
    caches: {
      keys: () => Promise.resolve(['workbox-precache-v2-http://localhost/', 'other-cache']),
      open: (name: string) =>
        Promise.resolve({
          keys: () => Promise.resolve(name.startsWith('workbox') ? Array.from({ length: saved }) : [{}]),
          put: () => {
            trials.push(name);
            return full ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : Promise.resolve();
          },
        } as unknown as Cache),
      delete: () => Promise.resolve(true),
    },
    fetchText: () => (swText === null ? Promise.reject(new Error('offline')) : Promise.resolve(swText)),
  };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
  Reflect.deleteProperty(window, 'caches');
  vi.unstubAllGlobals();
});

describe('checkOffline', () => {
  it('a working service worker: ready; one still installing: saving', async () => {
    const env = stoppedEnv(17, true);
    const active = { active: {}, installing: null, waiting: null } as unknown as ServiceWorkerRegistration;
    expect(
      await checkOffline({ ...env, serviceWorker: { getRegistration: () => Promise.resolve(active) } }),
    ).toEqual({
      state: 'ready',
    });
    const installing = {
      active: null,
      installing: {},
      waiting: null,
    } as unknown as ServiceWorkerRegistration;
    expect(
      await checkOffline({ ...env, serviceWorker: { getRegistration: () => Promise.resolve(installing) } }),
    ).toEqual({ state: 'saving' });
  });

  it('stopped part-way: how much was saved, of how much, and whether space ran out', async () => {
    expect(await checkOffline(stoppedEnv(17, true))).toEqual({
      state: 'incomplete',
      saved: 17,
      total: 107,
      reason: 'space',
    });
    expect(await checkOffline(stoppedEnv(17, false))).toEqual({
      state: 'incomplete',
      saved: 17,
      total: 107,
      reason: 'unknown',
    });
    expect(await checkOffline(stoppedEnv(17, true, null))).toEqual({
      state: 'incomplete',
      saved: 17,
      total: null,
      reason: 'space',
    });
    expect(await checkOffline(stoppedEnv(0, true))).toEqual({ state: 'none' });
    expect(await checkOffline({ fetchText: () => Promise.resolve('') })).toEqual({ state: 'unsupported' });
  });
});

async function show(env: OfflineEnv) {
  Object.defineProperty(navigator, 'serviceWorker', {
    value: {
      ...env.serviceWorker,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      ready: new Promise(() => undefined),
    },
    configurable: true,
  });
  Object.defineProperty(window, 'caches', { value: env.caches, configurable: true });
  vi.stubGlobal('fetch', () =>
    env.fetchText('/sw.js').then((t) => ({ ok: true, text: () => Promise.resolve(t) })),
  );
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <StorageStatus />
      </Suspense>,
    );
  });
  return screen.findByRole('region', { name: 'Where progress is saved' });
}

describe('the storage status', () => {
  it('says when the device ran out of space while saving Sango, how much was saved, and what to do', async () => {
    const status = await show(stoppedEnv(17, true));
    expect(
      await within(status).findByText(/Sango is not fully available offline: this device ran out of space/),
    ).toBeInTheDocument();
    expect(status).toHaveTextContent('17 of 107 files were saved.');
    expect(status).toHaveTextContent('Free some space on this device');
  });

  it('says when saving stopped for another reason, and what to do', async () => {
    const status = await show(stoppedEnv(3, false, null));
    expect(await within(status).findByText(/saving it stopped before the end/)).toBeInTheDocument();
    expect(status).toHaveTextContent('Only 3 files were saved.');
    expect(status).toHaveTextContent('Open Sango again with the internet to finish.');
  });

  it('says when Sango works offline', async () => {
    const active = { active: {} } as unknown as ServiceWorkerRegistration;
    const status = await show({
      ...stoppedEnv(107, false),
      serviceWorker: { getRegistration: () => Promise.resolve(active) },
    });
    expect(await within(status).findByText('Sango works offline on this device.')).toBeInTheDocument();
    expect(status).not.toHaveTextContent(/not fully available/);
  });
});
