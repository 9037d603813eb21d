/** What read-aloud says on a story step: the page's sentences; on a choice, the question then each option. */
import { useMemo } from 'react';
import { inlineText } from '../../content/render.tsx';
import type { StoryStep } from '../../content/schema.ts';
import { blockSentences } from '../../ui/readAloud/ReadableText.tsx';
import { useReading } from '../../ui/readAloud/useReading.ts';

export function useStepReading(step: StoryStep | undefined, lang: string) {
  const sentences = useMemo(() => {
    if (!step) return [];
    if (step.kind !== 'choice') return blockSentences(step.body, lang).flat();
    return [...blockSentences(step.question, lang).flat(), ...step.options.map((o) => inlineText(o.label))];
  }, [step, lang]);
  return useReading(sentences, lang);
}
