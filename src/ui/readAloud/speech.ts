/**
 * Read-aloud with the browser's own speech (Web Speech API): nothing is downloaded or sent anywhere.
 * Text is spoken one sentence at a time, which makes highlighting exact on every engine and lets "pause"
 * be reliable (engines differ on speechSynthesis.pause()).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { synth } from '../../platform/voices.ts';

export { useVoice } from '../../platform/voices.ts';

/** Splits text into sentences in the language's own way where the browser can. */
export function sentencesOf(text: string, lang: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    return [...segmenter.segment(trimmed)].map((s) => s.segment.trim()).filter(Boolean);
  }
  return trimmed.match(/[^.!?。！？]+[.!?。！？]*["'”»]?/g)?.map((s) => s.trim()) ?? [trimmed];
}

export type ReadState = 'idle' | 'playing' | 'paused';

/** Speaks `sentences` in order; `current` is the sentence being read (for highlighting). */
export function useReadAloud(sentences: readonly string[], voice: SpeechSynthesisVoice | null, rate: number) {
  // Progress is kept with the sentences it belongs to, so a new page reads as idle without a reset effect.
  const [progress, setProgress] = useState<{ of: readonly string[]; state: ReadState; current: number }>({
    of: sentences,
    state: 'idle',
    current: -1,
  });
  const mine = progress.of === sentences;
  const state: ReadState = mine ? progress.state : 'idle';
  const current = mine ? progress.current : -1;
  const run = useRef(0); // bumps on every start/stop so late events from an old utterance are ignored

  const stop = useCallback(() => {
    run.current++;
    synth()?.cancel();
  }, []);

  const speakFrom = useCallback(
    (index: number) => {
      const s = synth();
      if (!s || !voice) return;
      const id = ++run.current;
      s.cancel();
      const next = (i: number) => {
        if (id !== run.current) return;
        if (i >= sentences.length) {
          setProgress({ of: sentences, state: 'idle', current: -1 });
          return;
        }
        setProgress({ of: sentences, state: 'playing', current: i });
        const u = new SpeechSynthesisUtterance(sentences[i]);
        u.voice = voice;
        u.lang = voice.lang;
        u.rate = rate;
        u.onend = () => next(i + 1);
        u.onerror = () => {
          if (id === run.current) setProgress({ of: sentences, state: 'idle', current: -1 });
        };
        s.speak(u);
      };
      next(index);
    },
    [sentences, voice, rate],
  );

  // A new page (new sentences), a new voice or leaving the page stops the reading: it never runs on by itself.
  useEffect(() => stop, [sentences, voice, stop]);

  return {
    state,
    current,
    play: () => speakFrom(state === 'paused' && current >= 0 ? current : 0),
    pause: () => {
      stop();
      setProgress({ of: sentences, state: 'paused', current });
    },
  };
}
