/** The paper version of a spot exercise: the screen's parts in order, each with a box to tick. */
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';

export function SpotWorksheet({ exercise }: WorksheetProps<'spot'>) {
  return (
    <Sheet exercise={exercise}>
      <BoxList items={exercise.items} box="square" />
    </Sheet>
  );
}
