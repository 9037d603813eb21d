/**
 * Text on the result card, which is a picture: there is no browser layout inside it, so titles are measured
 * and wrapped here, for Latin, Cyrillic, Arabic and Chinese alike.
 */
/** Roughly how wide text is, in ems: Chinese and other full-width characters are a whole em. */
function ems(text: string): number {
  let total = 0;
  for (const ch of text)
    total += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffe6]/u.test(ch)
      ? 1
      : 0.56;
  return total;
}

/** The largest font size, up to `max`, at which `text` fits in `width`. */
export function fitFontSize(text: string, width: number, max: number): number {
  const w = ems(text);
  return w === 0 ? max : Math.max(12, Math.min(max, Math.floor(width / w)));
}

/**
 * Wraps a title into at most `maxLines` lines of about `width` ems, breaking between words, or between any
 * two characters in Chinese; what does not fit ends with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffe6]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffe6]+|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (/^\s+$/u.test(token)) {
      if (current) current += ' ';
      continue;
    }
    if (current.trim() && ems(current + token) > width) {
      lines.push(current.trim());
      current = token;
    } else current += token;
  }
  if (current.trim()) lines.push(current.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = lines.slice(maxLines - 1).join(' ');
  while (last.length > 1 && ems(`${last}…`) > width) last = [...last].slice(0, -1).join('').trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

export function formatDate(date: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}
