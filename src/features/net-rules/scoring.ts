/**
 * Net Rules scoring, pure and seeded so tests are stable. A badge needs at least 80% of a rule's questions
 * right on the first answer; the best result is kept, so a retry can only help.
 */
import type { Question, Rule } from '../../content/netRulesSchema.ts';

export const BADGE_SHARE = 0.8;

/** A small, fast, seedable PRNG (mulberry32) over a string seed. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator: the same seed always gives the same order. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The options of a question in play order: shuffled per round, so the right answer has no fixed place. */
export function optionsInPlay(question: Question, roundSeed: string) {
  return shuffled(question.options, `${roundSeed}:${question.id}`);
}

/** Level 1: the quick question of each rule. */
export function quickQuestions(rules: readonly Rule[]): { rule: Rule; question: Question }[] {
  return rules.flatMap((rule) => {
    const question = rule.questions.find((q) => q.quick) ?? rule.questions[0];
    return question ? [{ rule, question }] : [];
  });
}

export function isRight(question: Question, optionId: string | undefined): boolean {
  return question.options.some((o) => o.id === optionId && o.correct);
}

export interface RoundResult {
  right: number;
  total: number;
  share: number;
  badge: boolean;
}

export function scoreRound(
  questions: readonly Question[],
  answers: Record<string, string | undefined>,
): RoundResult {
  const right = questions.filter((q) => isRight(q, answers[q.id])).length;
  const total = questions.length;
  const share = total === 0 ? 0 : right / total;
  return { right, total, share, badge: total > 0 && share >= BADGE_SHARE - 1e-9 };
}

/** How many right answers a badge needs for a rule with `total` questions. */
export function neededForBadge(total: number): number {
  return Math.ceil(total * BADGE_SHARE - 1e-9);
}
