/**
 * Chinese (and Japanese) put no spaces between words or sentences. Where English joins two pieces of text with
 * a space (a line break inside a paragraph, two sentences shown side by side), two such characters join with
 * nothing. CSS Text 3 asks browsers to drop a line break between them; browsers do not, so we do.
 */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Quotes and dashes both kinds of text use: they join like their wide neighbour. */
const SHARED = /[“”‘’…—]/u;

/** The gap between text ending in `before` and text starting with `after`. */
export function gapBetween(before: string, after: string): '' | ' ' {
  const a = before.slice(-1);
  const b = after.slice(0, 1);
  const wideA = WIDE.test(a);
  const wideB = WIDE.test(b);
  return (wideA || wideB) && (wideA || SHARED.test(a)) && (wideB || SHARED.test(b)) ? '' : ' ';
}

/** One paragraph's lines as one line. */
export function joinLines(text: string): string {
  return text.replace(/(.?)[^\S\n]*\n\s*(.?)/gu, (_, a: string, b: string) => a + gapBetween(a, b) + b);
}
