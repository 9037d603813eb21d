/**
 * Net Rules scoring, pure and seeded so tests are stable. A badge needs at least 80% of a rule's questions
 * right on the first answer (for a choice, the option chosen; for choose-all, spot-the-flag and order, right
 * at the first check); the best result is kept, so a retry can only help.
 */
import type { ChoiceQuestion, Question, RuleSummary } from '../../content/netRulesSchema.ts';
import { seededShuffle } from '../../ui/shuffle.ts';

export const BADGE_SHARE = 0.8;

/** The options of a question in play order: shuffled per round, so the right answer has no fixed place. */
export function optionsInPlay(question: ChoiceQuestion, roundSeed: string) {
  return seededShuffle(question.options, `${roundSeed}:${question.id}`);
}

/** Level 1: the quick question of each rule (always a choice: the compiler makes sure), from its summary. */
export function quickQuestions(
  rules: readonly RuleSummary[],
): { rule: RuleSummary; question: ChoiceQuestion }[] {
  return rules.map((rule) => ({ rule, question: rule.quick }));
}

export function isRight(question: ChoiceQuestion, optionId: string | undefined): boolean {
  return question.options.some((o) => o.id === optionId && o.correct);
}

export interface RoundResult {
  right: number;
  total: number;
  share: number;
  badge: boolean;
}

/** The round's score, from whether each question was right at its first answer (unanswered: not right). */
export function scoreRound(
  questions: readonly Question[],
  rights: Readonly<Record<string, boolean | undefined>>,
): RoundResult {
  const right = questions.filter((q) => rights[q.id] === true).length;
  const total = questions.length;
  const share = total === 0 ? 0 : right / total;
  return { right, total, share, badge: total > 0 && share >= BADGE_SHARE - 1e-9 };
}

/** How many right answers a badge needs for a rule with `total` questions. */
export function neededForBadge(total: number): number {
  return Math.ceil(total * BADGE_SHARE - 1e-9);
}
