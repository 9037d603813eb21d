/**
 * Level 1 marks: per rule, right or not the first time and the latest time (see `level1V4` in schema.ts).
 * Pure functions, shared by the store (recording, migrating) and whoever shows a before and after: the Net
 * Rules home for one teen, the class view for a class.
 */
import { own } from './own.ts';
import { MAX_LEVEL1_ROUNDS, type Level1, type Level1Mark, type QuickRound } from './schema.ts';

/**
 * A finished round's marks (rule id -> right) added to what the seat had: a rule's first mark is kept
 * forever, its latest mark is this round's. Rules not in this round keep their marks as they were.
 */
export function recordLevel1(before: Level1 | null, round: Readonly<Record<string, boolean>>): Level1 {
  // A Map, not assignment into a plain object: an id such as "__proto__" stays an entry, never a prototype.
  const marks = new Map<string, Level1Mark>(Object.entries(before?.marks ?? {}));
  for (const [ruleId, right] of Object.entries(round)) {
    marks.set(ruleId, { first: marks.get(ruleId)?.first ?? right, latest: right });
  }
  return {
    rounds: Math.min(MAX_LEVEL1_ROUNDS, (before?.rounds ?? 0) + 1),
    marks: Object.fromEntries(marks),
  };
}

/**
 * What a stored quick round (before v4: the rules missed, and how many questions) says per rule. A missed rule
 * was wrong. The others were right only if the round had exactly the rules this build knows (one question
 * per rule, so `total` is how many there were); otherwise which rules they were is not known, and only the
 * missed ones are marked.
 */
export function level1FromQuick(quick: QuickRound | null, ruleIds: readonly string[]): Level1 | null {
  if (!quick) return null;
  const missed = new Set(quick.missed);
  const round: Record<string, boolean> = {};
  if (quick.total === ruleIds.length) for (const id of ruleIds) round[id] = !missed.has(id);
  for (const id of missed) round[id] = false;
  return recordLevel1(null, round);
}

export interface Level1Row {
  ruleId: string;
  first: boolean;
  latest: boolean;
}

export interface Level1Summary {
  /** Rules with a mark, in the order given. */
  rows: Level1Row[];
  /** How many of those were right the first time, and the latest time. */
  first: number;
  latest: number;
  total: number;
  /** Level 1 was taken more than once: the latest differs in time from the first. */
  retaken: boolean;
}

/** The before and after, for the rules in `ruleIds` (the content's, in its order) that have a mark. */
export function summariseLevel1(level1: Level1 | null, ruleIds: readonly string[]): Level1Summary {
  const rows: Level1Row[] = [];
  for (const ruleId of ruleIds) {
    const mark = own(level1?.marks, ruleId);
    if (mark) rows.push({ ruleId, ...mark });
  }
  return {
    rows,
    first: rows.filter((r) => r.first).length,
    latest: rows.filter((r) => r.latest).length,
    total: rows.length,
    retaken: (level1?.rounds ?? 0) >= 2,
  };
}
