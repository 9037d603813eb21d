/** Joining text in languages with and without spaces between words. */
import { expect, it } from 'vitest';
import { gapBetween, joinLines } from '../../src/content/wideText.ts';

it('joins the lines of a paragraph with a space, except between two Chinese characters', () => {
  expect(joinLines('Amara holds the tablet.\nLeo looks sad.')).toBe('Amara holds the tablet. Leo looks sad.');
  expect(joinLines('可是，这个小窗口让她有点拿不准。\n妈妈就在旁边。')).toBe(
    '可是，这个小窗口让她有点拿不准。妈妈就在旁边。',
  );
  expect(joinLines('Sango 说：\n  “你好！”')).toBe('Sango 说：“你好！”');
  expect(joinLines('他们在玩 Minecraft\nand more')).toBe('他们在玩 Minecraft and more');
  expect(joinLines('Привет,\r\nмир')).toBe('Привет, мир');
});

it('puts a space between sentences, except between Chinese ones', () => {
  expect(gapBetween('Tap, tap!', 'The ducks eat.')).toBe(' ');
  expect(gapBetween('拿不准。', '妈妈就在旁边。')).toBe('');
  expect(gapBetween('قالت: نعم.', 'ثم لعبا.')).toBe(' ');
  expect(gapBetween('', '')).toBe(' ');
});

it('joins Chinese quotation marks to their Chinese neighbours only', () => {
  expect(gapBetween('她说：“你好！”', '他笑了。')).toBe('');
  expect(gapBetween('Leo said “hi”', 'and waved.')).toBe(' ');
  expect(gapBetween('“Hi!”', '“Hello!”')).toBe(' ');
});
