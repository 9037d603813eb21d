/** The paper version of an order exercise: the steps mixed up, each with a box for its number. */
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';
import { shuffledSteps } from './orderLogic.ts';

export function OrderWorksheet({ exercise }: WorksheetProps<'order'>) {
  return (
    <Sheet exercise={exercise}>
      <BoxList items={shuffledSteps(exercise.items, exercise.id)} box="number" />
    </Sheet>
  );
}
