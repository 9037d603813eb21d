/** Where the class is in the rounds, as dots (solved, current, to come): a picture only, so hidden from readers. */
import type { KinderRound } from './kinderLogic.ts';

export function RoundDots(props: { rounds: readonly KinderRound[]; at: number; solved: boolean }) {
  const dot = (i: number) =>
    i < props.at || (i === props.at && props.solved)
      ? 'pick-round-dot solved'
      : i === props.at
        ? 'pick-round-dot current'
        : 'pick-round-dot';
  return (
    <ol className="pick-rounds" aria-hidden="true">
      {props.rounds.map((r, i) => (
        <li key={r.id} className={dot(i)} />
      ))}
    </ol>
  );
}
