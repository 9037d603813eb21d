/** The paper version of a choose-all exercise: every option with an empty box to tick. */
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';

export function MultiWorksheet({ exercise }: WorksheetProps<'multi'>) {
  return (
    <Sheet exercise={exercise}>
      <BoxList items={exercise.items} box="square" />
    </Sheet>
  );
}
