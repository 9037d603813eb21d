/**
 * Stand-in for `virtual:pwa-register/react` (there is no service worker in jsdom): nothing to offer.
 * Each test file that renders the app mocks the module with it:
 *   vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
 */
import { vi } from 'vitest';

export function useRegisterSW() {
  return {
    offlineReady: [false, vi.fn()],
    needRefresh: [false, vi.fn()],
    updateServiceWorker: vi.fn(),
  };
}
