/** Device settings: big radio pills and a toggle that change the whole document at once. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { STATE_KEY, useStore } from '../../src/store/index.ts';
import { renderApp, tabTo, freshAppEachTest } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

const root = document.documentElement;
const textSizes = () => screen.getByRole('group', { name: 'Text size' });
const radio = (name: string) => screen.getByRole('radio', { name });
const storedSettings = () =>
  (JSON.parse(localStorage.getItem(STATE_KEY) ?? '{}') as { state?: { settings?: unknown } }).state?.settings;

async function openSettings() {
  const view = renderApp('/en/settings');
  expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  return view;
}

describe('settings', () => {
  it('shows the saved choices, and applies them to the document', async () => {
    useStore.getState().updateSettings({ textSize: 'larger', motion: 'reduce', highContrast: true });
    await openSettings();
    expect(radio('Larger')).toBeChecked();
    expect(radio('Normal')).not.toBeChecked();
    expect(radio('Less movement')).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'High contrast colours' })).toBeChecked();
    expect(root.dataset).toMatchObject({ textSize: 'larger', motion: 'reduce', contrast: 'high' });
  });

  it('choosing "Large" text size updates the store, the document and the device', async () => {
    const { user } = await openSettings();
    expect(textSizes()).toBeInTheDocument();
    expect(radio('Normal')).toBeChecked();
    expect(root.dataset.textSize).toBe('normal');
    await user.click(radio('Large'));
    expect(radio('Large')).toBeChecked();
    expect(radio('Normal')).not.toBeChecked();
    expect(useStore.getState().settings.textSize).toBe('large');
    expect(root.dataset.textSize).toBe('large');
    expect(storedSettings()).toMatchObject({ textSize: 'large' });
  });

  it('radios change with arrow keys, as native radios do', async () => {
    const { user } = await openSettings();
    await tabTo(user, radio('Normal'));
    await user.keyboard('{ArrowRight}');
    expect(radio('Large')).toBeChecked();
    expect(radio('Large')).toHaveFocus();
    expect(useStore.getState().settings.textSize).toBe('large');
    expect(root.dataset.textSize).toBe('large');
    await user.keyboard('{ArrowDown}');
    expect(radio('Larger')).toBeChecked();
    expect(root.dataset.textSize).toBe('larger');
    await user.keyboard('{ArrowLeft}');
    expect(radio('Large')).toBeChecked();
    expect(useStore.getState().settings.textSize).toBe('large');
    // Arrows stay inside their group: movement is untouched.
    expect(radio('Like this device')).toBeChecked();
    expect(useStore.getState().settings.motion).toBe('system');
  });

  it('movement and contrast apply to the document too, by keyboard', async () => {
    const { user } = await openSettings();
    await tabTo(user, radio('Like this device'));
    await user.keyboard('{ArrowRight}');
    expect(radio('Less movement')).toBeChecked();
    expect(useStore.getState().settings.motion).toBe('reduce');
    expect(root.dataset.motion).toBe('reduce');

    const contrast = screen.getByRole('checkbox', { name: 'High contrast colours' });
    await tabTo(user, contrast);
    await user.keyboard(' ');
    expect(contrast).toBeChecked();
    expect(useStore.getState().settings.highContrast).toBe(true);
    expect(root.dataset.contrast).toBe('high');
    await user.click(screen.getByText('High contrast colours')); // the label is a big target too
    expect(contrast).not.toBeChecked();
    expect(root.dataset.contrast).toBe('normal');
  });
});

describe('read aloud on this device', () => {
  it('says which languages the device can read aloud (its own voices only), and how to add one', async () => {
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [
          { lang: 'en-GB', localService: true, default: true, name: 'en' },
          { lang: 'ar-SA', localService: false, default: false, name: 'ar network' },
        ],
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
    try {
      await openSettings();
      const list = screen.getByRole('region', { name: 'Read aloud on this device' });
      expect(list).toHaveTextContent('English: can be read aloud');
      expect(list).toHaveTextContent('العربية: no voice on this device yet');
      expect(list).toHaveTextContent('Русский: no voice on this device yet');
      expect(screen.getByText('How to add a voice')).toBeInTheDocument();
      expect(list).toHaveTextContent(/iPhone and iPad: Settings › Accessibility › Spoken Content/);
    } finally {
      // @ts-expect-error: remove the fake engine again
      delete window.speechSynthesis;
    }
  });
});
