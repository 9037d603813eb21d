/**
 * The art vocabulary that content may reference by name. Shared by the content compiler (which rejects
 * unknown names with file:line) and by the art components (which must draw every name listed here).
 * Art is referenced by name so one picture serves all six languages; no picture contains words.
 */
export const SCENES = ['living-room', 'bedroom', 'classroom', 'park', 'kitchen', 'library'] as const;
export const SANGO_EXPRESSIONS = [
  'happy',
  'thinking',
  'surprised',
  'waving',
  'cheering',
  'concerned',
] as const;
/** Children and grown-ups who appear in stories; names are the characters' names in English stories. */
export const CHARACTERS = ['amara', 'leo', 'mei', 'omar', 'sofia', 'ravi', 'mum', 'dad', 'grandpa'] as const;
/**
 * How a character feels in a picture, so the faces say what the words say ("Leo looks sad"). Content names
 * it after the character ("leo:sad", see src/content/cast.ts); a character named alone is happy.
 * Worried is also scared: for children under 9 one gentle face serves both, never a frightening one.
 */
export const MOODS = ['happy', 'sad', 'worried', 'surprised', 'thinking', 'tired', 'laughing'] as const;
/** Objects that can be placed in a picture. */
export const PROPS = [
  'tablet',
  'phone',
  'ball',
  'book',
  'blocks',
  'clock',
  'moon',
  'heart',
  'speech-bubble',
  'lock',
  'camera',
  'crayons',
  /** A tablet turned over, screen down: what a child does when something upsetting appears. */
  'tablet-face-down',
  /** A tablet switched off: a dark screen with the power sign. */
  'screen-off',
] as const;

export type SceneName = (typeof SCENES)[number];
export type SangoExpression = (typeof SANGO_EXPRESSIONS)[number];
export type CharacterName = (typeof CHARACTERS)[number];
export type Mood = (typeof MOODS)[number];
export type PropName = (typeof PROPS)[number];
