/**
 * A paper worksheet's frame, the same for every type: the exercise's instructions and, for an opinion, that
 * there is no wrong answer; the type draws the rest (cards to cut out, boxes to tick, lines to write on).
 * Worksheets never show an answer or a button.
 */
import type { ReactNode } from 'react';
import { Blocks, Inlines } from '../../../../content/render.tsx';
import type { Inline } from '../../../../content/richText.ts';
import type { Exercise } from '../../../../content/workbookSchema.ts';
import { OpinionNote } from './panels.tsx';
import './worksheet.css';

export function Sheet({ exercise, children }: { exercise: Exercise; children: ReactNode }) {
  return (
    <div className={`act-sheet act-sheet-${exercise.type}`}>
      <div className="act-sheet-instructions">
        <Blocks nodes={exercise.instructions} />
      </div>
      <OpinionNote opinion={exercise.opinion} />
      {children}
    </div>
  );
}

type CardText = { id: string; label: readonly Inline[] };

interface BoxListProps {
  items: readonly CardText[];
  /** A circle to tick (choose one), a square (tick all that fit), or a bigger box to write a number in. */
  box: 'circle' | 'square' | 'number';
  /** Draw each label as a chat bubble (a message). */
  bubbles?: boolean;
}

/** Items, each after an empty box. */
export function BoxList({ items, box, bubbles = false }: BoxListProps) {
  return (
    <ul className={box === 'number' ? 'da-ws-list' : 'pick-sheet-list'}>
      {items.map((item) => (
        <li key={item.id}>
          <span className={boxClass[box]} aria-hidden="true" />
          <span className={bubbles ? 'pick-sheet-bubble' : undefined}>
            <Inlines nodes={item.label} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Cards printed to cut out (sort) or to join with a line (match). */
export function CutCards(props: { className: string; cards: readonly CardText[]; cardClass?: string }) {
  return (
    <ul className={props.className}>
      {props.cards.map((card) => (
        <li key={card.id} className={`da-ws-card ${props.cardClass ?? ''}`.trim()}>
          <Inlines nodes={card.label} />
        </li>
      ))}
    </ul>
  );
}

const boxClass = { circle: 'pick-sheet-box round', square: 'pick-sheet-box', number: 'da-ws-box' };
