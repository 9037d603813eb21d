/**
 * Story text as sentences, so read-aloud can highlight the one being spoken. Story pages are plain
 * paragraphs; any other block (a list) is rendered as usual and read as one piece.
 */
import { Blocks, blocksText, inlineText } from '../../content/render.tsx';
import type { Block } from '../../content/schema.ts';
import { gapBetween } from '../../content/wideText.ts';
import { sentencesOf } from './speech.ts';
import './readAloud.css';

/** Sentences per block, in reading order. */
export function blockSentences(blocks: readonly Block[], lang: string): string[][] {
  return blocks.map((b) => (b.t === 'p' ? sentencesOf(inlineText(b.c), lang) : [blocksText([b])]));
}

export function ReadableText(props: {
  blocks: readonly Block[];
  lang: string;
  current: number;
  start?: number;
}) {
  let index = props.start ?? 0;
  const parts = blockSentences(props.blocks, props.lang);
  return props.blocks.map((block, b) => {
    const sentences = parts[b] ?? [];
    if (block.t !== 'p') {
      index += sentences.length;
      return (
        <div key={b} className={props.current === index - 1 ? 'reading' : undefined}>
          <Blocks nodes={[block]} />
        </div>
      );
    }
    return (
      <p key={b}>
        {sentences.map((s, i) => {
          const mine = index++;
          return (
            <span key={i} className={mine === props.current ? 'sentence reading' : 'sentence'}>
              {s}
              {i < sentences.length - 1 ? gapBetween(s, sentences[i + 1] ?? '') : ''}
            </span>
          );
        })}
      </p>
    );
  });
}
