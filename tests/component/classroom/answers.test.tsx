/** answersOf: the right answers of each of the eight activity types, as a teacher reveals them. */
import { describe, expect, it } from 'vitest';
import type { ActivityItem, Exercise } from '../../../src/content/workbookSchema.ts';
import { answersOf } from '../../../src/features/workbook/activities/registry.tsx';
import { inPlay } from '../../../src/features/workbook/activities/kit/order.ts';
import { exercise, para, text } from '../activities/activityHarness.tsx';

const item = (id: string, extra: Partial<ActivityItem> = {}): ActivityItem => ({
  id,
  label: text(id.replace(/-/g, ' ')),
  explain: para(`Why ${id}`),
  ...extra,
});
/** Each line as "label → answer" in plain words, so the expectations read like the revealed list. */
const lines = (ex: Exercise) =>
  answersOf(ex).lines.map(({ label, answer }) => {
    const words = label.map((n) => (n.t === 'text' ? n.v : '')).join('');
    switch (answer.kind) {
      case 'bin':
      case 'match': {
        const nodes = answer.kind === 'bin' ? answer.bin : answer.match;
        return `${words} → ${nodes.map((n) => (n.t === 'text' ? n.v : '')).join('')}`;
      }
      case 'correct':
        return `${words} → correct`;
      case 'truth':
        return `${words} → ${answer.value ? 'true' : 'false'}`;
      case 'place':
        return `${words} → #${answer.place}`;
      case 'anywhere':
        return `${words} → any time`;
      case 'kinder':
        return `${words} → kinder in round ${answer.round}`;
    }
  });

/** The items' ids in the order the class sees them projected (the reveal lists them so). */
const projected = (ex: Exercise) => inPlay(ex.id, ex.items, null).map((i) => i.id);

describe('answersOf', () => {
  it('sort: each card with the label of its bin', () => {
    const ex = exercise({
      id: 'sort-it',
      type: 'sort',
      bins: [
        { id: 'safe', label: text('Safe to share') },
        { id: 'private', label: text('Keep private') },
      ],
      items: [item('my-favourite-colour', { bin: 'safe' }), item('my-password', { bin: 'private' })],
    });
    expect(lines(ex)).toEqual(['my favourite colour → Safe to share', 'my password → Keep private']);
  });

  it('choice: only the right option', () => {
    const ex = exercise({
      id: 'choose-one',
      type: 'choice',
      items: [item('ignore-it', { correct: false }), item('tell-an-adult', { correct: true })],
    });
    expect(lines(ex)).toEqual(['tell an adult → correct']);
  });

  it('multi: every correct option, in the order the class sees them', () => {
    const ex = exercise({
      id: 'choose-all',
      type: 'multi',
      items: [
        item('block', { correct: true }),
        item('reply', { correct: false }),
        item('report', { correct: true }),
      ],
    });
    expect([...lines(ex)].sort()).toEqual(['block → correct', 'report → correct']);
    expect(lines(ex).map((l) => l.split(' ')[0])).toEqual(projected(ex).filter((id) => id !== 'reply'));
  });

  it('true-false: every statement with true or false, in the order the class sees them', () => {
    const ex = exercise({
      id: 'tf',
      type: 'true-false',
      items: [
        item('passwords-are-secret', { answer: true }),
        item('everyone-online-is-kind', { answer: false }),
      ],
    });
    expect([...lines(ex)].sort()).toEqual(['everyone online is kind → false', 'passwords are secret → true']);
    const at = (line: string) => projected(ex).indexOf(line.split(' → ')[0]!.replace(/ /g, '-'));
    expect(lines(ex).map(at)).toEqual([0, 1]);
  });

  it('order: the steps in the order they are written', () => {
    const ex = exercise({
      id: 'steps',
      type: 'order',
      items: [item('stop'), item('think'), item('tell')],
    });
    expect(lines(ex)).toEqual(['stop → #1', 'think → #2', 'tell → #3']);
  });

  it('order: a step that is right anywhere has no number, and the others are numbered around it', () => {
    const ex = exercise({
      id: 'response',
      type: 'order',
      items: [item('tell', { anywhere: true }), item('stop'), item('save'), item('report')],
    });
    expect(lines(ex)).toEqual(['tell → any time', 'stop → #1', 'save → #2', 'report → #3']);
  });

  it('rank: the first `pick` cards, in order (when it is not an opinion)', () => {
    const ex = exercise({
      id: 'rank-it',
      type: 'rank',
      pick: 2,
      items: [item('safety'), item('kindness'), item('fun')],
    });
    expect(lines(ex)).toEqual(['safety → #1', 'kindness → #2']);
  });

  it('kinder: the kinder message of each round, round by round', () => {
    const ex = exercise({
      id: 'kinder-one',
      type: 'kinder',
      items: [
        item('you-are-silly', { round: 'one', correct: false }),
        item('nice-try', { round: 'one', correct: true }),
        item('great-game', { round: 'two', correct: true }),
        item('you-lost', { round: 'two', correct: false }),
      ],
    });
    expect(lines(ex)).toEqual(['nice try → kinder in round 1', 'great game → kinder in round 2']);
  });

  it('match: each item with what it pairs with', () => {
    const ex = exercise({
      id: 'pairs',
      type: 'match',
      items: [item('password', { match: text('a secret') }), item('avatar', { match: text('a picture') })],
    });
    expect(lines(ex)).toEqual(['password → a secret', 'avatar → a picture']);
  });

  it('an opinion has no wrong answer: no lines, and says so', () => {
    const ex = exercise({
      id: 'what-i-think',
      type: 'rank',
      opinion: true,
      items: [item('safety'), item('fun')],
    });
    expect(answersOf(ex)).toEqual({ opinion: true, lines: [] });
  });

  it('keeps the item ids and the rich labels (bold, links) as they are', () => {
    const label = [{ t: 'strong' as const, c: text('Never') }, ...text(' share it')];
    const ex = exercise({
      id: 'rich',
      type: 'choice',
      items: [item('a', { correct: true, label }), item('b', { correct: false })],
    });
    expect(answersOf(ex).lines).toEqual([{ id: 'a', label, answer: { kind: 'correct' } }]);
  });
});
