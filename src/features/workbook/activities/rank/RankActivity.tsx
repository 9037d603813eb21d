/**
 * Rank (type "rank"): choose `pick` cards (toggle buttons), then put the chosen ones in order with the up and
 * down buttons or by dragging (a card can also be dragged from the choices straight into a place). Usually an
 * opinion: "Done" then thanks the child, and there is no wrong answer.
 */
import { useTranslation } from '../../../../i18n/index.ts';
import { Board } from '../kit/Board.tsx';
import { CloseIcon } from '../../../../ui/icons.tsx';
import { PlaceList, useMoves } from '../kit/places.tsx';
import { useAttempt } from '../kit/useAttempt.ts';
import { usePointerDrag } from '../kit/usePointerDrag.ts';
import type { ActivityProps } from '../types.ts';
import { Choices } from './Choices.tsx';
import {
  checkRank,
  initialRank,
  isReady,
  moveChoice,
  moveChoiceTo,
  pickCount,
  rankMark,
  toggleChoice,
} from './rankLogic.ts';
import '../kit/lists.css';

const END = 'end';

export function RankActivity({ exercise, onComplete }: ActivityProps<'rank'>) {
  const { t } = useTranslation('workbook');
  const pick = pickCount(exercise);
  const attempt = useAttempt(initialRank, { exercise, onComplete });
  const { state, update, check, announce, focusLater, board } = attempt;
  const { text, move, list } = useMoves(attempt, {
    items: exercise.items,
    idsOf: (s) => s.chosen,
    moveBy: moveChoice,
    moveTo: moveChoiceTo,
  });
  const full = state.chosen.length >= pick;

  /** Chooses a card (at the end, or where it was dropped), or takes it out; says how many are chosen. */
  const toggle = (id: string, index?: number) => {
    const next = toggleChoice(state, id, pick, index);
    if (update(next)) announce(t('activity.chosenOf', { chosen: next.chosen.length, count: pick }));
  };

  const takeOut = (id: string) => {
    toggle(id);
    focusLater(`choose:${id}`);
  };

  const drag = usePointerDrag({
    onDrop: (id, target) => {
      const index = target === END ? state.chosen.length : state.chosen.indexOf(target);
      if (state.chosen.includes(id)) move(id, index);
      else toggle(id, index);
    },
    canDrop: (id, target) => !state.done && id !== target && (state.chosen.includes(id) || !full),
  });

  return (
    <Board
      {...board}
      help={t('activity.chooseN', { count: pick })}
      hint="below"
      check={{
        shown: true,
        disabled: !isReady(state, pick),
        label: exercise.opinion ? t('exerciseDone') : undefined,
        onClick: () => check(checkRank(exercise, state)),
      }}
    >
      {!state.done && (
        <Choices items={exercise.items} chosen={state.chosen} pick={pick} drag={drag} onToggle={toggle} />
      )}
      <PlaceList
        {...list}
        verdictOf={(id) => rankMark(state, id)}
        drag={drag}
        endDrop={END}
        tools={(id) => (
          <button type="button" className="act-icon-button" onClick={() => takeOut(id)}>
            <CloseIcon />
            <span className="visually-hidden">{t('activity.remove', { item: text(id) })}</span>
          </button>
        )}
      />
    </Board>
  );
}
