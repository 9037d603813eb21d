/** What read-aloud says on a story step: the page's sentences; on a choice, the question then each option. */
import { useMemo } from 'react';
import { inlineText } from '../../content/render.tsx';
import type { StoryStep } from '../../content/schema.ts';
import { useStore } from '../../store/index.ts';
import { blockSentences } from './ReadableText.tsx';
import { useReadAloud, useVoice } from './speech.ts';

export function useStepReading(step: StoryStep | undefined, lang: string) {
  const rate = useStore((s) => s.settings.narrationRate);
  const sentences = useMemo(() => {
    if (!step) return [];
    if (step.kind !== 'choice') return blockSentences(step.body, lang).flat();
    return [...blockSentences(step.question, lang).flat(), ...step.options.map((o) => inlineText(o.label))];
  }, [step, lang]);
  const voice = useVoice(lang);
  const reading = useReadAloud(sentences, voice, rate);
  return { ...reading, available: voice !== null && sentences.length > 0 };
}
