/**
 * The paper version of a choose-one exercise: the options, each with an empty circle to tick, in the paper's
 * own order (never the one projected, see kit/order.ts).
 */
import { onPaper } from '../kit/order.ts';
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';

export function ChoiceWorksheet({ exercise }: WorksheetProps<'choice'>) {
  return (
    <Sheet exercise={exercise}>
      <BoxList items={onPaper(exercise.id, exercise.items)} box="circle" />
    </Sheet>
  );
}
