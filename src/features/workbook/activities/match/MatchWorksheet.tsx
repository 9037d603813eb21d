/** The paper version of a match exercise: left cards in order, right cards mixed, and room to draw lines. */
import { CutCards, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';
import { shuffledRights } from './matchLogic.ts';

export function MatchWorksheet({ exercise }: WorksheetProps<'match'>) {
  const rights = shuffledRights(exercise.items, exercise.id).map((r) => ({ id: r.id, label: r.match }));
  return (
    <Sheet exercise={exercise}>
      <div className="da-ws-match-grid">
        <CutCards className="da-ws-column" cardClass="da-ws-left" cards={exercise.items} />
        <div className="da-ws-gap" />
        <CutCards className="da-ws-column" cardClass="da-ws-right" cards={rights} />
      </div>
    </Sheet>
  );
}
