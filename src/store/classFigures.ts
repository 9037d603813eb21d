/**
 * Figures a teacher can act on, from the progress seats hold (this device's own seats, or the class view's):
 * how many children finished each story, exercise and rule, and how many got it right first time. Only what
 * the progress records: an exercise keeps "right at the first try", a rule keeps its best share and its badge,
 * the latest Level 1 quick round the rules it missed, and (from a seat's second round on) each rule's first and
 * latest Level 1 mark. Items most often got wrong come first. Pure functions.
 */
import { levelOneRounds } from './classView.ts';
import { own } from './own.ts';
import type { Level1, QuickRound, SeatProgress } from './schema.ts';

/** The content's items, in the order the content shows them. */
export interface ClassItems {
  stories: readonly string[];
  exercises: readonly string[];
  rules: readonly string[];
}

export interface StoryFigure {
  id: string;
  finished: number;
}
export interface ExerciseFigure {
  id: string;
  finished: number;
  firstTry: number;
}
export interface RuleFigure {
  id: string;
  /** Children who played the rule's questions at least once. */
  tried: number;
  /** Children who earned the badge. */
  badge: number;
  /** Children whose best round had every answer right. */
  allRight: number;
  /** The latest Level 1 quick round: of `took` children, `knew` answered this rule's question right. */
  levelOne: { took: number; knew: number };
  /**
   * Before and after: of `took` children who took Level 1 more than once and answered this rule's question,
   * how many got it right the first time and how many the latest. Null when no child has retaken Level 1.
   */
  beforeAfter: { took: number; before: number; after: number } | null;
}

/** One item of an exercise that children got wrong before they got the exercise right. */
export interface SlipFigure {
  exercise: string;
  item: string;
  /** Children who got this item wrong at some check before the exercise was right. */
  slipped: number;
  /** Children who finished the exercise. */
  finished: number;
}

export interface ClassFigures {
  children: number;
  stories: StoryFigure[];
  exercises: ExerciseFigure[];
  rules: RuleFigure[];
  /** The items most often got wrong, most first, at most MAX_SLIP_FIGURES (an item nobody got wrong is not listed). */
  slips: SlipFigure[];
}

/** Enough for a teacher to pick what to go over again; the per-exercise table covers the rest. */
export const MAX_SLIP_FIGURES = 8;

/**
 * Counts, for each exercise item, the children who slipped on it, from the slips each seat's exercise keeps
 * (a record from before slips were kept counts as none). Ties keep the content's exercise order.
 */
function slipFigures(progress: readonly SeatProgress[], exercises: readonly string[]): SlipFigure[] {
  const figures: SlipFigure[] = [];
  for (const exercise of exercises) {
    const finished = progress.filter((p) => own(p.exercises, exercise)?.done === true);
    const counts = new Map<string, number>();
    for (const p of finished)
      for (const item of own(p.exercises, exercise)?.slips ?? [])
        counts.set(item, (counts.get(item) ?? 0) + 1);
    for (const [item, slipped] of counts)
      figures.push({ exercise, item, slipped, finished: finished.length });
  }
  return wrongFirst(figures, (f) => f.slipped).slice(0, MAX_SLIP_FIGURES);
}

/** Whether a quick round got this rule's question right. */
const knew = (round: QuickRound, rule: string) => !round.missed.includes(rule);

/** One rule's before and after across the seats that retook Level 1 (a seat without this rule's mark is left out). */
function beforeAfter(rounds: readonly Level1[], rule: string): NonNullable<RuleFigure['beforeAfter']> {
  const marks = rounds.map((r) => own(r.marks, rule)).filter((m) => m !== undefined);
  return {
    took: marks.length,
    before: marks.filter((m) => m.first).length,
    after: marks.filter((m) => m.latest).length,
  };
}

/** Most often got wrong first; ties keep the content's order (Array.prototype.sort is stable). */
function wrongFirst<T>(items: T[], wrong: (item: T) => number): T[] {
  return [...items].sort((a, b) => wrong(b) - wrong(a));
}

export function classFigures(progress: readonly SeatProgress[], items: ClassItems): ClassFigures {
  const count = (test: (p: SeatProgress) => boolean) => progress.filter(test).length;
  const stories = items.stories.map((id) => ({
    id,
    finished: count((p) => own(p.stories, id)?.done === true),
  }));
  const exercises = items.exercises.map((id) => ({
    id,
    finished: count((p) => own(p.exercises, id)?.done === true),
    firstTry: count((p) => own(p.exercises, id)?.firstTry === true),
  }));
  const rounds = progress.map(levelOneRounds).filter((r) => r !== null);
  const rules = items.rules.map((id): RuleFigure => {
    const took = progress.filter((p) => p.quick !== null);
    return {
      id,
      tried: count((p) => own(p.rules, id) !== undefined),
      badge: count((p) => own(p.rules, id)?.badge === true),
      allRight: count((p) => own(p.rules, id)?.best === 1),
      levelOne: { took: took.length, knew: took.filter((p) => p.quick && knew(p.quick, id)).length },
      beforeAfter: rounds.length === 0 ? null : beforeAfter(rounds, id),
    };
  });
  return {
    children: progress.length,
    stories,
    // Finished but not right at the first try: what the class found hard.
    exercises: wrongFirst(exercises, (e) => e.finished - e.firstTry),
    // Played but never all right, or missed in the latest Level 1 round: what the class has not yet got.
    rules: wrongFirst(rules, (r) => r.tried - r.allRight + (r.levelOne.took - r.levelOne.knew)),
    slips: slipFigures(progress, items.exercises),
  };
}

/** One child's mark for one item, for the per-child table a teacher can choose to show. */
export type Mark = 'none' | 'started' | 'done' | 'best';

export function storyMark(p: SeatProgress, id: string): Mark {
  const story = own(p.stories, id);
  return !story ? 'none' : story.done ? 'done' : 'started';
}

export function exerciseMark(p: SeatProgress, id: string): Mark {
  const exercise = own(p.exercises, id);
  return !exercise?.done ? 'none' : exercise.firstTry ? 'best' : 'done';
}

/** A rule's badge is "done"; every answer right in its best round is its best mark, as right first time is an exercise's. */
export function ruleMark(p: SeatProgress, id: string): Mark {
  const rule = own(p.rules, id);
  if (!rule) return 'none';
  if (rule.best === 1) return 'best';
  return rule.badge ? 'done' : 'started';
}
