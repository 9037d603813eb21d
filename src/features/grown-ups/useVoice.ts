/**
 * The device's own speech for a short text (the gate's instructions): nothing is downloaded or sent. Where
 * the device has no voice for the page language, `voice` is null and the read-aloud button is not shown.
 */
import { useCallback, useEffect } from 'react';
import { synth, useVoice } from '../../platform/voices.ts';

export function useSpeech(lang: string): { voice: SpeechSynthesisVoice | null; speak(text: string): void } {
  const voice = useVoice(lang);
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
