/** The paper version of a choose-one exercise: the options, each with an empty circle to tick. */
import { BoxList, Sheet } from '../kit/Sheet.tsx';
import type { WorksheetProps } from '../types.ts';

export function ChoiceWorksheet({ exercise }: WorksheetProps<'choice'>) {
  return (
    <Sheet exercise={exercise}>
      <BoxList items={exercise.items} box="circle" />
    </Sheet>
  );
}
