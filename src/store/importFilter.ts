/**
 * An imported file keeps only what Sango itself makes: progress for the seats the file lists, for the stories,
 * options, exercises and rules the content defines. Anything else (progress for seats that do not exist, an
 * "id" that is really free text such as a child's name and address) is left out, counted, and reported, so
 * nothing foreign is stored or exported again.
 */
import type { ContentIds } from '../content/contentIds.ts';
import type { Persisted, SeatProgress } from './schema.ts';

/**
 * One piece of progress: a story, an exercise, a rule, a quick round, a chosen option, a suggested rule, a
 * rule's Level 1 mark or an exercise's slip.
 */
export interface ImportReport {
  /** Seats in the file. */
  seats: number;
  /** Pieces of progress kept. */
  kept: number;
  /** Pieces of progress left out. */
  leftOut: number;
}

/** How many pieces of progress one seat's record holds (at least 1: the record itself). */
function pieces(p: SeatProgress): number {
  const n = Object.keys(p.stories).length + Object.keys(p.exercises).length + Object.keys(p.rules).length;
  return Math.max(1, n + (p.quick ? 1 : 0) + Object.keys(p.level1?.marks ?? {}).length);
}

export function keepKnown(state: Persisted, known: ContentIds): { state: Persisted; report: ImportReport } {
  const stories = new Map(known.stories.map((s) => [s.id, new Set(s.options)]));
  const exercises = new Set(known.exercises);
  const items = new Map(known.exerciseItems.map((e) => [e.id, new Set(e.items)]));
  const rules = new Set(known.rules);
  const seats = new Set(state.seats.list.map((s) => s.id));
  let kept = 0;
  let leftOut = 0;
  /** The entries whose id is known, counting what goes. */
  const only = <T>(record: Record<string, T>, isKnown: (id: string) => boolean) =>
    Object.fromEntries(
      Object.entries(record).filter(([id]) => {
        if (isKnown(id)) kept++;
        else leftOut++;
        return isKnown(id);
      }),
    );

  /** An exercise's slips keep only the items that exercise has (a slip is one piece, kept or left out). */
  const slipsKnown = (record: SeatProgress['exercises']) => {
    for (const [id, exercise] of Object.entries(record)) {
      if (!exercise.slips) continue;
      const slips = exercise.slips.filter((slip) => items.get(id)?.has(slip) === true);
      kept += slips.length;
      leftOut += exercise.slips.length - slips.length;
      record[id] = { ...exercise, slips };
    }
    return record;
  };

  const progress: [string, SeatProgress][] = [];
  for (const [seat, p] of Object.entries(state.progress)) {
    if (!seats.has(seat)) {
      leftOut += pieces(p);
      continue;
    }
    const storyEntries = only(p.stories, (id) => stories.has(id));
    for (const [id, story] of Object.entries(storyEntries)) {
      if (story.choice === null || stories.get(id)?.has(story.choice)) continue;
      storyEntries[id] = { ...story, choice: null }; // an option this story does not have
      leftOut++;
    }
    let quick = p.quick;
    if (quick) {
      const missed = quick.missed.filter((id) => rules.has(id));
      leftOut += quick.missed.length - missed.length;
      quick = { ...quick, missed };
      kept++;
    }
    progress.push([
      seat,
      {
        stories: storyEntries,
        exercises: slipsKnown(only(p.exercises, (id) => exercises.has(id))),
        rules: only(p.rules, (id) => rules.has(id)),
        quick,
        // Marks for rules this build knows; the count of rounds is kept as it is (the schema bounds it).
        level1: p.level1 && { ...p.level1, marks: only(p.level1.marks, (id) => rules.has(id)) },
      },
    ]);
  }
  return {
    state: { ...state, progress: Object.fromEntries(progress) },
    report: { seats: state.seats.list.length, kept, leftOut },
  };
}
