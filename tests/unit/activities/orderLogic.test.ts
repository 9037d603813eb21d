import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemOf } from '../../../src/content/workbookSchema.ts';
import {
  checkOrder,
  initialOrder,
  orderAnswer,
  moveStep,
  moveStepTo,
  shuffledSteps,
  stepMark,
  type OrderState,
} from '../../../src/features/workbook/activities/order/orderLogic.ts';
import {
  markAt,
  moveBy,
  moveTo,
  positionMarks,
} from '../../../src/features/workbook/activities/kit/reorder.ts';

const step = (id: string): ItemOf<'order'> => ({ id, label: [{ t: 'text', v: id }], explain: [] });
const STEPS = ['a', 'b', 'c', 'd'].map(step);

describe('list moves', () => {
  it('moves by a step or to a place, clamped, and returns the same list when nothing moves', () => {
    const list = ['a', 'b', 'c'];
    expect(moveBy(list, 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(list, 'a', 5)).toEqual(['b', 'c', 'a']);
    expect(moveBy(list, 'a', -1)).toBe(list);
    expect(moveBy(list, 'z', 1)).toBe(list);
    expect(moveTo(list, 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo(list, 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveTo(list, 'b', 1)).toBe(list);
  });

  it('a move keeps every item exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.integer(),
        (l, i, to) => {
          const id = l[i % l.length] ?? '';
          const out = moveTo(l, id, to);
          expect([...out].sort()).toEqual([...l].sort());
        },
      ),
    );
  });

  it('marks positions, and a mark only holds while the item stays put', () => {
    const marks = positionMarks(['b', 'a'], ['a', 'b']);
    expect(markAt(marks, 'a', 1)).toBe('again');
    expect(markAt(marks, 'a', 0)).toBeNull();
    expect(markAt(positionMarks(['a'], ['a']), 'a', 0)).toBe('right');
    expect(markAt(null, 'a', 0)).toBeNull();
  });
});

describe('order logic', () => {
  it('starts mixed, deterministically, never in order', () => {
    const s = initialOrder(STEPS, 'ex');
    expect(s.order).not.toEqual(['a', 'b', 'c', 'd']);
    expect(initialOrder(STEPS, 'ex').order).toEqual(s.order);
    expect(shuffledSteps(STEPS, 'ex').map((x) => x.id)).toEqual(s.order);
  });

  it('marks steps in and out of place, then completes after the retry', () => {
    let s: OrderState = { ...initialOrder(STEPS, 'ex'), order: ['b', 'a', 'c', 'd'] };
    s = checkOrder(STEPS, s, false);
    expect(s).toMatchObject({ wrong: 2, missed: true, done: false });
    expect(stepMark(s, 'c')).toBe('right');
    expect(stepMark(s, 'a')).toBe('again');
    s = moveStep(s, 'a', -1);
    expect(stepMark(s, 'a')).toBeNull();
    expect(stepMark(s, 'c')).toBe('right');
    s = checkOrder(STEPS, s, false);
    expect(s).toMatchObject({ wrong: 0, done: true, missed: true });
    expect(moveStepTo(s, 'd', 0)).toBe(s);
  });

  it('right first time is not missed', () => {
    const s = checkOrder(STEPS, { ...initialOrder(STEPS, 'ex'), order: ['a', 'b', 'c', 'd'] }, false);
    expect(s).toMatchObject({ done: true, missed: false });
  });
});

describe('a step that is right anywhere (telling a trusted adult)', () => {
  // Written order: don't reply, screenshot, report, block; "tell" may stand at any place.
  const tell: ItemOf<'order'> = { ...step('tell'), anywhere: true };
  const fixed = ['dont-reply', 'screenshot', 'report', 'block'];
  const items = [...fixed.map(step), tell];
  const check = (order: string[]) => checkOrder(items, { ...initialOrder(items, 'ex'), order }, false);

  it.each([
    ['first', ['tell', ...fixed]],
    ['in the middle', ['dont-reply', 'screenshot', 'tell', 'report', 'block']],
    ['last', [...fixed, 'tell']],
  ])('is right %s, with the other steps in their order', (_where, order) => {
    const s = check(order);
    expect(s).toMatchObject({ wrong: 0, done: true, missed: false });
    expect(stepMark(s, 'tell')).toBe('right');
  });

  it('is never marked out of place, even when the other steps are', () => {
    const s = check(['screenshot', 'tell', 'dont-reply', 'block', 'report']);
    expect(s.done).toBe(false);
    expect(stepMark(s, 'tell')).toBe('right');
    expect(s.wrong).toBe(4);
  });

  it('the answer fills the places around it with the other steps in their written order', () => {
    expect(orderAnswer(items, ['report', 'tell', 'block', 'screenshot', 'dont-reply'])).toEqual([
      'dont-reply',
      'tell',
      'screenshot',
      'report',
      'block',
    ]);
  });

  it('for any placement of it, the written order of the others is right and any swap of them is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), (at, swap) => {
        const order = [...fixed];
        order.splice(at, 0, 'tell');
        expect(check(order).done).toBe(true);
        const others = [...fixed];
        const j = (swap + 1) % others.length;
        [others[swap], others[j]] = [others[j] as string, others[swap] as string];
        others.splice(at, 0, 'tell');
        expect(check(others).done).toBe(false);
      }),
    );
  });

  it('starts with the other steps out of order, whatever the seed', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        expect(initialOrder(items, seed).order.filter((id) => id !== 'tell')).not.toEqual(fixed);
      }),
    );
  });
});
