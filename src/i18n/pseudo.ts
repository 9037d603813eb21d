/** Builds a pseudo-locale bundle from English: "[[text]]", keeping {{placeholders}} intact. */
export type Bundle = { [key: string]: string | Bundle };

export function pseudoBundle(source: Bundle): Bundle {
  const out: Bundle = {};
  for (const [key, value] of Object.entries(source)) {
    out[key] = typeof value === 'string' ? `[[${value}]]` : pseudoBundle(value);
  }
  return out;
}
