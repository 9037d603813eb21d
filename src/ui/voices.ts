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

/** The device's best voice for a language ("ar" matches "ar-SA"), or null: then read-aloud is hidden. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | null {
  const base = lang.toLowerCase().split('-')[0] ?? lang;
  const matching = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  return (
    matching.find((v) => v.localService && v.default) ??
    matching.find((v) => v.localService) ??
    matching[0] ??
    null
  );
}

export function useVoice(lang: string): SpeechSynthesisVoice | null {
  const voices = useSyncExternalStore(subscribeVoices, voicesNow, () => NO_VOICES);
  return pickVoice(voices, lang);
}
const NO_VOICES: readonly SpeechSynthesisVoice[] = [];
