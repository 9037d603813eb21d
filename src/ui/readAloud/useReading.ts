/** Read-aloud for a list of sentences in one language, at the speed this seat chose. */
import { useStore } from '../../store/index.ts';
import { useReadAloud, useVoice } from './speech.ts';

export function useReading(sentences: readonly string[], lang: string) {
  const rate = useStore((s) => s.settings.narrationRate);
  const voice = useVoice(lang);
  const reading = useReadAloud(sentences, voice, rate);
  return { ...reading, available: voice !== null && sentences.length > 0 };
}
