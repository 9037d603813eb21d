/**
 * The device's own speech for a short text (the gate's instructions): nothing is downloaded or sent. Where
 * the device has no voice for the page language, `voice` is null and the read-aloud button is not shown.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

// Chrome returns a new array from getVoices() on every call: the list is cached until the engine says it changed.
let voiceCache: readonly SpeechSynthesisVoice[] | null = null;
const NO_VOICES: readonly SpeechSynthesisVoice[] = [];
const voicesNow = () => (voiceCache ??= synth()?.getVoices() ?? NO_VOICES);

function subscribeVoices(onChange: () => void): () => void {
  const s = synth();
  const refresh = () => {
    voiceCache = s?.getVoices() ?? NO_VOICES;
    onChange();
  };
  voiceCache = null;
  s?.addEventListener?.('voiceschanged', refresh);
  return () => s?.removeEventListener?.('voiceschanged', refresh);
}

/** The best voice for a language ("ar" matches "ar-SA"): a local default first. */
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

export function useSpeech(lang: string): { voice: SpeechSynthesisVoice | null; speak(text: string): void } {
  const voices = useSyncExternalStore(subscribeVoices, voicesNow, () => NO_VOICES);
  const voice = pickVoice(voices, lang);
  const speak = useCallback(
    (text: string) => {
      const s = synth();
      if (!s || !voice) return;
      s.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      s.speak(u);
    },
    [voice],
  );
  // Leaving the page stops the reading.
  useEffect(() => () => synth()?.cancel(), []);
  return { voice, speak };
}
