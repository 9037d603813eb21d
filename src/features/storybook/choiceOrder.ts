/**
 * The order a story's two choices are shown in. Authors wrote the kind choice first in every story, so a
 * child could learn "tap the first one"; each seat sees its own order instead, the same on every visit (a
 * reload mid-story keeps it), and in classroom mode (no seat) every projector shows the story's own order.
 */
import type { StoryStep } from '../../content/schema.ts';
import { seatShuffle } from '../../ui/shuffle.ts';

export type Choice = Extract<StoryStep, { kind: 'choice' }>;

/** The choice with its options in the order one seat sees them (`seat` null: the class, on the projector). */
export function choiceInPlay(step: Choice, storyId: string, seat: string | null): Choice {
  return { ...step, options: seatShuffle(step.options, `story:${storyId}:${step.id}`, seat) };
}
