/**
 * Lists in order (rank, order): each row shows its place ("Number 2") and label, the up and down buttons move
 * it, and the new place is said. Focus stays on the button that was pressed, or goes to the other one when
 * the row reaches the top or the bottom and its button goes dim.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { Inlines, inlineText } from '../../../../content/render.tsx';
import type { Inline } from '../../../../content/richText.ts';
import type { ActivityItem } from '../../../../content/workbookSchema.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import { m } from '../../../../ui/motion.ts';
import type { Verdict } from './attempt.ts';
import { ArrowIcon } from '../../../../ui/icons.tsx';
import { Mark } from './Mark.tsx';
import { Explain } from './panels.tsx';
import type { PointerDrag } from './usePointerDrag.ts';

export type Arrow = 'up' | 'down';

interface PlaceListProps {
  /** The ids in the order shown. */
  ids: readonly string[];
  items: readonly ActivityItem[];
  /** A row's mark after a check, while it stays in the place it was checked in. */
  verdictOf: (id: string) => Verdict | null;
  done: boolean;
  drag: PointerDrag;
  onMove: (id: string, arrow: Arrow) => void;
  /** Order: each row is a button, tapped to pick it and again to put it; Alt+arrows move it (`row:id`). */
  tap?: {
    picked: string | null;
    onTap: (id: string) => void;
    onKey: (e: KeyboardEvent, id: string, control: 'row' | Arrow) => void;
  };
  /** Rank: a tool after the arrows ("take out"), and the list's end as a drop target for a new card. */
  tools?: (id: string) => ReactNode;
  endDrop?: string;
}

/** The list: each row its place, a drop target for another row, the arrows until done, then why. */
export function PlaceList({
  ids,
  items,
  verdictOf,
  done,
  drag,
  onMove,
  tap,
  tools,
  endDrop,
}: PlaceListProps) {
  const listClass = endDrop !== undefined && drag.drag?.over === endDrop ? 'da-list da-over' : 'da-list';
  return (
    <ol className={listClass} {...(endDrop === undefined ? {} : drag.dropProps(endDrop))}>
      {ids.map((id, index) => {
        const item = items.find((i) => i.id === id);
        if (!item) return null;
        const verdict = verdictOf(id);
        const text = inlineText(item.label);
        const classes = [
          'da-row',
          drag.drag?.over === id ? 'da-over' : '',
          verdict ? `da-${verdict}-row` : '',
        ];
        const body = {
          className: drag.drag?.id === id ? 'da-row-body da-dragging' : 'da-row-body',
          style: drag.dragStyle(id),
          ...(done ? {} : drag.dragProps(id)),
        };
        const place = <Place index={index} label={item.label} verdict={verdict} />;
        return (
          <m.li
            key={id}
            className={classes.join(' ').trim()}
            initial={{ opacity: 0, y: -10 }}
            animate={{ opacity: 1, y: 0 }}
            transition={{ duration: 0.18 }}
            {...drag.dropProps(id)}
          >
            {tap ? (
              <button
                type="button"
                {...body}
                aria-pressed={done ? undefined : tap.picked === id}
                aria-disabled={done || undefined}
                data-focus={`row:${id}`}
                onClick={() => tap.onTap(id)}
                onKeyDown={(e) => tap.onKey(e, id, 'row')}
              >
                {place}
              </button>
            ) : (
              <div {...body}>{place}</div>
            )}
            {!done && (
              <MoveButtons
                id={id}
                text={text}
                index={index}
                last={ids.length - 1}
                onMove={(arrow) => onMove(id, arrow)}
                onKeyDown={tap && ((e, arrow) => tap.onKey(e, id, arrow))}
              >
                {tools?.(id)}
              </MoveButtons>
            )}
            {done && <Explain nodes={item.explain} />}
          </m.li>
        );
      })}
    </ol>
  );
}

/** The number, the place in words for screen readers, the label and, after a check, the mark. */
function Place(props: { index: number; label: readonly Inline[]; verdict: Verdict | null }) {
  const { t } = useTranslation('workbook');
  return (
    <>
      <span className="da-num" aria-hidden="true">
        {props.index + 1}
      </span>
      <span className="visually-hidden">{t('activity.position', { position: props.index + 1 })}</span>{' '}
      <span className="da-card-label">
        <Inlines nodes={props.label} />
      </span>
      {props.verdict && ' '}
      {props.verdict && <Mark verdict={props.verdict} />}
    </>
  );
}

interface MoveButtonsProps {
  id: string;
  /** The item's words, for the buttons' names ("Move “Stop” up"). */
  text: string;
  index: number;
  last: number;
  onMove: (arrow: Arrow) => void;
  onKeyDown?: ((e: KeyboardEvent, arrow: Arrow) => void) | undefined;
  children?: ReactNode;
}

function MoveButtons({ id, text, index, last, onMove, onKeyDown, children }: MoveButtonsProps) {
  const { t } = useTranslation('workbook');
  const button = (arrow: Arrow) => (
    <button
      type="button"
      className="act-icon-button"
      data-focus={`${arrow}:${id}`}
      disabled={arrow === 'up' ? index === 0 : index === last}
      onClick={() => onMove(arrow)}
      onKeyDown={onKeyDown && ((e) => onKeyDown(e, arrow))}
    >
      <ArrowIcon up={arrow === 'up'} />
      <span className="visually-hidden">
        {arrow === 'up' ? t('activity.moveUp', { item: text }) : t('activity.moveDown', { item: text })}
      </span>
    </button>
  );
  return (
    <span className="da-tools">
      {button('up')}
      {button('down')}
      {children}
    </span>
  );
}

/** After an arrow moved a row to `at`: focus stays on that arrow, or the other one once it cannot go on. */
function arrowFocus(id: string, arrow: Arrow, at: number, last: number): string {
  const usable = arrow === 'up' ? at > 0 : at < last;
  return `${usable ? arrow : arrow === 'up' ? 'down' : 'up'}:${id}`;
}

interface Moves<S> {
  items: readonly ActivityItem[];
  /** The ids in the list, in order, in a state. */
  idsOf: (state: S) => readonly string[];
  moveBy: (state: S, id: string, delta: number) => S;
  moveTo: (state: S, id: string, index: number) => S;
  /** Before any move (order puts a picked step down). */
  before?: () => void;
}

/**
 * Moving the items of a list (rank, order): each move says the item's new place ("“Stop” is in “Number
 * 2”") and keeps focus where the keyboard user is working.
 */
export function useMoves<S extends { done: boolean }>(
  attempt: {
    state: S;
    update: (next: S) => boolean;
    announce: (message: string) => void;
    focusLater: (...keys: string[]) => void;
  },
  { items, idsOf, moveBy, moveTo, before }: Moves<S>,
) {
  const { t } = useTranslation('workbook');
  const text = (id: string) => inlineText(items.find((i) => i.id === id)?.label ?? []);
  const { state, announce, focusLater } = attempt;
  const apply = (next: S, id: string, focus: (at: number) => string[]) => {
    before?.();
    if (!attempt.update(next)) return;
    const at = idsOf(next).indexOf(id);
    announce(t('activity.placed', { card: text(id), bin: t('activity.position', { position: at + 1 }) }));
    focusLater(...focus(at));
  };
  const delta = (arrow: Arrow) => (arrow === 'up' ? -1 : 1);
  const moveButton = (id: string, arrow: Arrow, control = arrow) =>
    apply(moveBy(state, id, delta(arrow)), id, (at) => [
      arrowFocus(id, control, at, idsOf(state).length - 1),
    ]);
  return {
    /** An item's words. */
    text,
    /** To `index` (a drop, a tap); focus then goes to the first of `focus` still there. */
    move: (id: string, index: number, ...focus: string[]) => apply(moveTo(state, id, index), id, () => focus),
    /** One place by Alt+Arrow on the row itself; focus stays on it. */
    step: (id: string, arrow: Arrow, ...focus: string[]) =>
      apply(moveBy(state, id, delta(arrow)), id, () => focus),
    /** One place by an arrow button: focus stays on the `control` pressed, or the other once it is dim. */
    moveButton,
    /** What the list shows: its rows in order, done or not, and what the arrows do. */
    list: { ids: idsOf(state), items, done: state.done, onMove: moveButton },
  };
}
