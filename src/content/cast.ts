/**
 * Who is in a picture and how each of them feels, as authors write it: "mei:worried,grandpa" in a directive's
 * `characters` attribute, or `characters: [mei:worried, grandpa]` in a cover's front matter.
 *
 * The mood stands right after its character, not in a separate `mood="..."` attribute, because a picture
 * often holds two feelings at once (Leo sad while Dad, who listens, is happy) and reordering the characters
 * must never hand a mood to someone else. Like every attribute it is an English art name that translations
 * copy exactly (the parity check compares it), so a translator cannot change or break it. A character named
 * alone is happy, so every picture drawn before moods existed keeps its meaning.
 */
import { CHARACTERS, MOODS, type CharacterName, type Mood } from './artNames.ts';

export const MOOD_MARK = ':';

export interface Cast {
  characters: CharacterName[];
  /** Only the moods named: a character left out is happy. */
  moods?: Partial<Record<CharacterName, Mood>>;
}

const isCharacter = (v: string): v is CharacterName => (CHARACTERS as readonly string[]).includes(v);
const isMood = (v: string): v is Mood => (MOODS as readonly string[]).includes(v);

/** What is wrong with one entry of a cast list, or null; `seen` catches a character named twice. */
export function castEntryProblem(entry: string, seen: Set<string>): string | null {
  const [name = '', mood, ...extra] = entry.split(MOOD_MARK).map((s) => s.trim());
  if (!isCharacter(name)) return `has unknown name "${name}" (known: ${CHARACTERS.join(', ')})`;
  if (mood !== undefined && !isMood(mood))
    return `has unknown mood "${mood}" for "${name}" (known: ${MOODS.join(', ')})`;
  if (extra.length) return `gives "${name}" more than one mood: write one, like "${name}:sad"`;
  if (seen.has(name)) return `names "${name}" twice: a picture shows each character once`;
  seen.add(name);
  return null;
}

/** The first problem in a cast list, or null when every entry is a known character with a known mood. */
export function castProblem(entries: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const entry of entries) {
    const problem = castEntryProblem(entry, seen);
    if (problem) return problem;
  }
  return null;
}

/** A validated cast list in its compiled form: the names in order, and the moods that are not happy. */
export function castOf(entries: readonly string[]): Cast {
  const characters: CharacterName[] = [];
  const moods: Partial<Record<CharacterName, Mood>> = {};
  for (const entry of entries) {
    const [name = '', mood] = entry.split(MOOD_MARK).map((s) => s.trim());
    if (!isCharacter(name)) continue;
    characters.push(name);
    if (mood && isMood(mood) && mood !== 'happy') moods[name] = mood;
  }
  return Object.keys(moods).length ? { characters, moods } : { characters };
}
