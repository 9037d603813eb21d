/**
 * The device's own voices for read-aloud (Web Speech API): nothing is downloaded or sent anywhere. Shared by
 * the storybook's read-aloud and the grown-ups gate. Where the device has no voice for a language the
 * answer is null, and the read-aloud control is hidden rather than broken.
 */
import { useSyncExternalStore } from 'react';

export function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

// getVoices() returns a new array on every call in Chrome, so the list is cached and refreshed only when the
// engine says it changed (voices often arrive after the first call).
let voiceCache: readonly SpeechSynthesisVoice[] | null = null;
const voicesNow = () => (voiceCache ??= synth()?.getVoices() ?? []);

function subscribeVoices(onChange: () => void): () => void {
  const s = synth();
  const refresh = () => {
    voiceCache = s?.getVoices() ?? [];
    onChange();
  };
  voiceCache = null; // a fresh look each time a reader mounts (e.g. a test or a browser that changed engines)
  s?.addEventListener?.('voiceschanged', refresh);
  return () => s?.removeEventListener?.('voiceschanged', refresh);
}

/**
 * The device's best voice for a language ("ar" matches "ar-SA"), or null: then read-aloud is hidden. Only a voice
 * on the device itself (`localService`) is ever used: a network voice would send the words away. And never a
 * voice of another language, which would read Arabic or Chinese as nonsense.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | null {
  const base = lang.toLowerCase().split('-')[0] ?? lang;
  const local = voices.filter(
    (v) => v.localService && v.lang.toLowerCase().replace('_', '-').split('-')[0] === base,
  );
  return local.find((v) => v.default) ?? local[0] ?? null;
}

/** Which of `langs` this device can read aloud with a voice of its own. */
export function useVoiceLanguages(langs: readonly string[]): Record<string, boolean> {
  const voices = useSyncExternalStore(subscribeVoices, voicesNow, () => NO_VOICES);
  return Object.fromEntries(langs.map((l) => [l, pickVoice(voices, l) !== null]));
}

export function useVoice(lang: string): SpeechSynthesisVoice | null {
  const voices = useSyncExternalStore(subscribeVoices, voicesNow, () => NO_VOICES);
  return pickVoice(voices, lang);
}
const NO_VOICES: readonly SpeechSynthesisVoice[] = [];
