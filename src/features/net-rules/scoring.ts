/**
 * Net Rules scoring, pure and seeded so tests are stable. A badge needs at least 80% of a rule's questions
 * right on the first answer; the best result is kept, so a retry can only help.
 */
import type { Question, Rule } from '../../content/netRulesSchema.ts';
import { seededShuffle } from '../../ui/shuffle.ts';

export const BADGE_SHARE = 0.8;

/** The options of a question in play order: shuffled per round, so the right answer has no fixed place. */
export function optionsInPlay(question: Question, roundSeed: string) {
  return seededShuffle(question.options, `${roundSeed}:${question.id}`);
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
