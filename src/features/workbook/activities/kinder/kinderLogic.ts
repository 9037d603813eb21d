/**
 * "Which message is kinder?" (type 'kinder'): pairs of messages, one round at a time. Picking the kinder
 * message solves the round; the other one is marked and the child picks again. Done when the last round is
 * solved. Right first time: no round had a wrong pick. In an opinion, any pick solves the round. Pure.
 */
import type { ExerciseOf, ItemOf } from '../../../../content/workbookSchema.ts';
import { freshAttempt, judged, type Attempt, type Verdict } from '../kit/attempt.ts';
import { inPlay, onPaper } from '../kit/order.ts';

type Kinder = ExerciseOf<'kinder'>;

export interface KinderRound<I = ItemOf<'kinder'>> {
  id: string;
  items: I[];
}

/** Messages grouped by `round`, rounds in the order they first appear (a message with no round stands alone). */
export function kinderRounds<I extends { id: string; round?: string }>(
  items: readonly I[],
): KinderRound<I>[] {
  const rounds: KinderRound<I>[] = [];
  for (const item of items) {
    const id = item.round ?? item.id;
    const round = rounds.find((r) => r.id === id);
    if (round) round.items.push(item);
    else rounds.push({ id, items: [item] });
  }
  return rounds;
}

/**
 * The rounds in their written order (the educator notes name them by number), each pair of messages in the
 * order one seat sees it (null: the class, on the projector), so the kinder one has no fixed place.
 */
export function roundsInPlay(exercise: Kinder, seat: string | null): KinderRound[] {
  return kinderRounds(exercise.items).map((r) => ({ ...r, items: inPlay(exercise.id, r.items, seat, r.id) }));
}

/** The rounds as the printed worksheet shows them. */
export function roundsOnPaper(exercise: Kinder): KinderRound[] {
  return kinderRounds(exercise.items).map((r) => ({ ...r, items: onPaper(exercise.id, r.items, r.id) }));
}

/** The kinder message of its round: what a pick is judged by, and what the classroom reveals. */
export const isKinder = (message: ItemOf<'kinder'>): boolean => message.correct === true;

export interface KinderState extends Attempt {
  /** Index of the round on screen. */
  round: number;
  /** The message picked last in this round. */
  picked: string | null;
  /** Messages picked that were not the kinder one, in every round so far. They stay marked. */
  tried: readonly string[];
  /** The kinder message of this round has been found. */
  solved: boolean;
  /** How many picks so far: a new pick reveals its feedback afresh. */
  picks: number;
}

export const initialKinderState: KinderState = {
  round: 0,
  picked: null,
  tried: [],
  solved: false,
  picks: 0,
  ...freshAttempt,
};

export function pickMessage(
  exercise: Kinder,
  rounds: readonly KinderRound[],
  state: KinderState,
  id: string,
): KinderState {
  if (state.solved) return state;
  const item = rounds[state.round]?.items.find((i) => i.id === id);
  if (!item) return state;
  const right = exercise.opinion || isKinder(item);
  const tried = right || state.tried.includes(id) ? state.tried : [...state.tried, id];
  const attempt = judged(state, right ? [] : [id], right && isLastRound(rounds, state));
  return { ...state, ...attempt, picked: id, solved: right, tried, picks: state.picks + 1 };
}

export function isLastRound(rounds: readonly KinderRound[], state: KinderState): boolean {
  return state.round >= rounds.length - 1;
}

/** On to the next round, once this one is solved (and it is not the last). */
export function nextRound(rounds: readonly KinderRound[], state: KinderState): KinderState {
  if (!state.solved || isLastRound(rounds, state)) return state;
  return { ...state, round: state.round + 1, picked: null, solved: false };
}

export function isKinderDone(rounds: readonly KinderRound[], state: KinderState): boolean {
  return state.solved && isLastRound(rounds, state);
}

export function messageMark(exercise: Kinder, state: KinderState, id: string): Verdict | null {
  if (state.solved && state.picked === id) return exercise.opinion ? null : 'right';
  return state.tried.includes(id) ? 'again' : null;
}
