/** Install help: the browser's own prompt where it offers one, the steps on iPhone and iPad, offline in words. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstallHelp } from '../../../src/pwa/InstallHelp.tsx';
import { usedInstallPrompt } from '../../../src/pwa/installPrompt.ts';
import { freshAppEachTest } from '../harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('../pwaMock.ts'));
freshAppEachTest();

afterEach(() => {
  usedInstallPrompt(); // a prompt left over from one test must not show in the next
  vi.restoreAllMocks();
});

const region = () => screen.getByRole('region', { name: 'Install Sango' });
/** Renders the install help once its strings (the grown-ups namespace) have loaded. */
async function show() {
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <InstallHelp />
      </Suspense>,
    );
  });
  await screen.findByRole('region', { name: 'Install Sango' });
}

describe('install help', () => {
  it('offers the browser install prompt when there is one, and says what happened', async () => {
    const user = userEvent.setup();
    await show();
    expect(within(region()).queryByRole('button', { name: 'Install Sango' })).not.toBeInTheDocument();
    const prompt = vi.fn(() => Promise.resolve());
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted' as const }),
    });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true); // offered here, in words, not as a surprise banner
    await user.click(await within(region()).findByRole('button', { name: 'Install Sango' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(await within(region()).findByText('Sango is being installed.')).toHaveFocus();
    expect(within(region()).queryByRole('button', { name: 'Install Sango' })).not.toBeInTheDocument();
  });

  it('on an iPhone, shows the "Add to Home Screen" steps', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    );
    await show();
    const steps = within(region()).getByRole('list', { name: 'To install Sango on this iPhone or iPad:' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Tap the Share button: a square with an arrow pointing up.',
      'Scroll down and tap “Add to Home Screen”.',
      'Tap “Add”. Sango now opens from its own icon.',
    ]);
  });

  it('on an iPad that says it is a Mac, shows the steps too', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
    try {
      await show();
      expect(within(region()).getByText('Scroll down and tap “Add to Home Screen”.')).toBeInTheDocument();
    } finally {
      // @ts-expect-error: back to jsdom's (absent) value
      delete navigator.maxTouchPoints;
    }
  });

  it('says whether Sango works offline, and when the device goes offline', async () => {
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    await show();
    expect(region()).toHaveTextContent('Open Sango once with the internet to make it work offline.');
    expect(region()).not.toHaveTextContent('You are offline right now.');
    online.mockReturnValue(false);
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(region()).toHaveTextContent('You are offline right now.');
  });

  it('says Sango works offline when a service worker controls the page', async () => {
    const sw = Object.assign(new EventTarget(), { controller: {} });
    Object.defineProperty(navigator, 'serviceWorker', { value: sw, configurable: true });
    try {
      await show();
      expect(region()).toHaveTextContent('Sango works offline on this device.');
    } finally {
      // @ts-expect-error: remove the fake service worker container
      delete navigator.serviceWorker;
    }
  });
});
