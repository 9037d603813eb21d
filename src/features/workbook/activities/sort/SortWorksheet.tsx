/** The paper version of a sort exercise: the cards to cut out or copy, and an empty box per bin. */
import { Inlines } from '../../../../content/render.tsx';
import { CutCards, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';
import { shuffledCards } from './sortLogic.ts';
import './sort.css';

export function SortWorksheet({ exercise }: WorksheetProps<'sort'>) {
  const cards = shuffledCards(exercise.items, exercise.id);
  // The same number of lines in every box, so the boxes give nothing away.
  const lines = Math.min(cards.length, Math.ceil(cards.length / Math.max(1, exercise.bins.length)) + 2);
  return (
    <Sheet exercise={exercise}>
      <CutCards className="da-ws-cards" cards={cards} />
      <div className="da-ws-bins">
        {exercise.bins.map((bin) => (
          <section key={bin.id} className="da-ws-bin">
            <h3 className="da-bin-title">
              <Inlines nodes={bin.label} />
            </h3>
            {Array.from({ length: lines }, (_, i) => (
              <div key={i} className="da-ws-line" />
            ))}
          </section>
        ))}
      </div>
    </Sheet>
  );
}
