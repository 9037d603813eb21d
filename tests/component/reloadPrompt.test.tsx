/** An update never applies by itself: it is offered, and applied when someone taps "Update now". */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ReloadPrompt } from '../../src/pwa/ReloadPrompt.tsx';

const updateServiceWorker = vi.fn(() => Promise.resolve());
const sw = { offlineReady: false, needRefresh: true };
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    offlineReady: [sw.offlineReady, vi.fn()],
    needRefresh: [sw.needRefresh, vi.fn()],
    updateServiceWorker,
  }),
}));

beforeEach(() => window.history.replaceState(null, '', '/en/workbook/truth-or-lie/trust'));
afterEach(() => {
  cleanup();
  updateServiceWorker.mockClear();
  window.history.replaceState(null, '', '/');
});

it('in the middle of an exercise, offers the update and applies it only when asked', async () => {
  render(<ReloadPrompt />);
  expect(screen.getByText('A new version of Sango is ready.')).toBeInTheDocument();
  expect(updateServiceWorker).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole('button', { name: 'Update now' }));
  expect(updateServiceWorker).toHaveBeenCalledExactlyOnceWith(true);
});

it('being ready to work offline puts nothing over the page (grown-ups see it in their area)', () => {
  sw.offlineReady = true;
  sw.needRefresh = false;
  const { container } = render(<ReloadPrompt />);
  expect(container).toBeEmptyDOMElement();
  sw.offlineReady = false;
  sw.needRefresh = true;
});
