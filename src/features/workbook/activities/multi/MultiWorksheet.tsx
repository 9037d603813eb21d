/**
 * The paper version of a choose-all exercise: every option with an empty box to tick, in the paper's own
 * order (never the one projected, see kit/order.ts).
 */
import { onPaper } from '../kit/order.ts';
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';

export function MultiWorksheet({ exercise }: WorksheetProps<'multi'>) {
  return (
    <Sheet exercise={exercise}>
      <BoxList items={onPaper(exercise.id, exercise.items)} box="square" />
    </Sheet>
  );
}
