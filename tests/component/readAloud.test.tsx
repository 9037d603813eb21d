/**
 * Read-aloud with a fake `speechSynthesis`: it starts only when tapped, reads sentence by sentence with the
 * sentence highlighted, pauses and goes on, follows the speed setting, stops on a page turn, and is hidden
 * (not broken) where the device has no voice for the language.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../src/store/index.ts';
import { ANIMALS } from '../../src/store/schema.ts';
import { freshAppEachTest, renderApp } from './harness.tsx';

vi.mock('virtual:pwa-register/react', () => import('./pwaMock.ts'));
freshAppEachTest();

class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function installSpeech(voiceLangs: string[]) {
  const spoken: FakeUtterance[] = [];
  const voices = voiceLangs.map((lang) => ({
    lang,
    name: `voice ${lang}`,
    localService: true,
    default: true,
  }));
  const fake = {
    spoken,
    getVoices: () => [...voices], // a new array on every call, as Chrome does
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return fake;
}

/** Finishes the utterance being spoken, as the engine would at the end of a sentence. */
const finish = (u: FakeUtterance | undefined) => act(() => u?.onend?.());
const highlighted = () =>
  [...document.querySelectorAll('.sentence.reading')].map((e) => e.textContent?.trim());

afterEach(() => {
  // @ts-expect-error: remove the fake so the next test starts with no speech engine unless it installs one
  delete window.speechSynthesis;
  vi.unstubAllGlobals();
});

describe('read-aloud', () => {
  beforeEach(() => useStore.getState().updateSettings({ narrationRate: 1 }));

  it('never starts by itself, and reads sentence by sentence with the sentence highlighted', async () => {
    const speech = installSpeech(['en-GB']);
    const { user } = renderApp('/en/storybook/right-to-play/2');
    const read = await screen.findByRole('button', { name: 'Read to me' });
    expect(speech.speak).not.toHaveBeenCalled();
    expect(highlighted()).toEqual([]);

    await user.click(read);
    expect(speech.spoken.map((u) => u.text)).toEqual(['Today they want to play a farm game on the tablet.']);
    expect(speech.spoken[0]?.lang).toBe('en-GB');
    expect(highlighted()).toEqual(['Today they want to play a farm game on the tablet.']);
    await finish(speech.spoken[0]);
    expect(speech.spoken[1]?.text).toBe('You plant seeds.');
    expect(highlighted()).toEqual(['You plant seeds.']);
    for (let i = 1; i < 4; i++) await finish(speech.spoken[i]);
    expect(speech.spoken.map((u) => u.text).slice(-1)).toEqual(['But there is only one tablet.']);
    await finish(speech.spoken[4]);
    expect(highlighted()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Read to me' })).toBeInTheDocument();
  });

  it('pauses and goes on from the same sentence', async () => {
    const speech = installSpeech(['en-US']);
    const { user } = renderApp('/en/storybook/right-to-play/2');
    await user.click(await screen.findByRole('button', { name: 'Read to me' }));
    await finish(speech.spoken[0]);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(speech.cancel).toHaveBeenCalled();
    await finish(speech.spoken[1]); // a late "end" from the cancelled sentence must not move on
    expect(speech.spoken).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Go on reading' }));
    expect(speech.spoken[2]?.text).toBe('You plant seeds.');
  });

  it('reads at the chosen speed, and the speed is remembered', async () => {
    const speech = installSpeech(['en-US']);
    const { user } = renderApp('/en/storybook/right-to-play/1');
    await user.click(await screen.findByRole('radio', { name: 'Slow' }));
    expect(useStore.getState().settings.narrationRate).toBe(0.75);
    await user.click(screen.getByRole('button', { name: 'Read to me' }));
    expect(speech.spoken[0]?.rate).toBe(0.75);
  });

  it('stops when the page turns, and does not go on by itself on the next page', async () => {
    const speech = installSpeech(['en-US']);
    const { user } = renderApp('/en/storybook/right-to-play/1');
    await user.click(await screen.findByRole('button', { name: 'Read to me' }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(window.location.pathname).toBe('/en/storybook/right-to-play/2'));
    expect(speech.cancel).toHaveBeenCalled();
    const count = speech.spoken.length;
    await finish(speech.spoken[count - 1]);
    expect(speech.spoken).toHaveLength(count);
    expect(screen.getByRole('button', { name: 'Read to me' })).toBeInTheDocument();
  });

  it.each(['kind', 'silly'])(
    'on the choice, reads the question and then each option as shown (%s first), highlighting it',
    async (firstShown) => {
      const speech = installSpeech(['en-US']);
      // Options come in the seat's own order: new seats until one sees this option first.
      const shown = async () => {
        const group = await screen.findByRole('group', { name: 'Choose one' });
        return [...group.querySelectorAll('.choice-label')].map((e) => e.textContent ?? '');
      };
      const kindFirst = firstShown === 'kind';
      for (const animal of ANIMALS.slice(1)) {
        renderApp('/en/storybook/right-to-play/4');
        if (((await shown())[0] === 'Take turns with Leo.') === kindFirst) break;
        cleanup();
        act(() => void useStore.getState().addSeat(animal, 'blue'));
      }
      const [first, second] = await shown();
      expect(first).toBe(kindFirst ? 'Take turns with Leo.' : 'Bounce the tablet like a ball!');
      expect(second).toBe(kindFirst ? 'Bounce the tablet like a ball!' : 'Take turns with Leo.');
      // Read in the order shown, each option highlighted as it is read.
      const user = userEvent.setup();
      await user.click(await screen.findByRole('button', { name: 'Read to me' }));
      await finish(speech.spoken[0]);
      expect(speech.spoken.map((u) => u.text)).toEqual(['What should Amara do?', first]);
      expect(screen.getByRole('button', { name: first })).toHaveClass('reading');
      await finish(speech.spoken[1]);
      expect(speech.spoken.map((u) => u.text)).toEqual(['What should Amara do?', first, second]);
      expect(screen.getByRole('button', { name: second })).toHaveClass('reading');
    },
  );

  it('is hidden where the device has no voice for the language', async () => {
    installSpeech(['fr-FR']);
    renderApp('/en/storybook/right-to-play/2');
    expect(await screen.findByRole('button', { name: 'Next page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Read to me' })).not.toBeInTheDocument();
  });

  it('is hidden on a browser with no speech engine at all', async () => {
    expect('speechSynthesis' in window).toBe(false);
    renderApp('/en/storybook/right-to-play/2');
    expect(await screen.findByRole('button', { name: 'Next page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Read to me' })).not.toBeInTheDocument();
  });

  it('uses a voice for the page language (French page, French voice)', async () => {
    const speech = installSpeech(['en-US', 'fr-CA']);
    const { user } = renderApp('/fr/storybook/right-to-play/2');
    await user.click(await screen.findByRole('button', { name: 'Lis-moi l’histoire' }));
    expect(speech.spoken[0]?.lang).toBe('fr-CA');
  });
});
