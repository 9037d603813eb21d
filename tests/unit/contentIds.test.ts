// @vitest-environment node
/** The content's ids, as the build makes them for checking imports: stories with their options, exercises, rules. */
import { describe, expect, it } from 'vitest';
import { CONTENT_IDS } from '../../src/content/knownIds.ts';
import { RESERVED_IDS } from '../../src/store/own.ts';

describe('the content ids the build makes', () => {
  it('lists every story with its options, every exercise and every rule, and nothing else', () => {
    expect(CONTENT_IDS.stories.map((s) => s.id)).toEqual([
      'grown-ups-as-role-models',
      'privacy',
      'right-to-learn',
      'right-to-play',
      'screen-time',
      'something-upsetting',
    ]);
    expect(CONTENT_IDS.stories.find((s) => s.id === 'right-to-play')?.options).toContain('take-turns');
    expect(CONTENT_IDS.exercises).toEqual(expect.arrayContaining(['rights-or-wants', 'my-top-3']));
    // The ITU's twelve exercises; three have grown into parts (media balance, a footprint, checking posts, ads
    // and a chatbot), each part an exercise with its own id and progress.
    expect(CONTENT_IDS.exercises).toHaveLength(17);
    expect(CONTENT_IDS.exercises).toEqual(
      expect.arrayContaining(['time-for-a-break', 'footprints', 'a-chatbot-answer']),
    );
    expect(CONTENT_IDS.rules).toHaveLength(8);
    expect(CONTENT_IDS.rules).toEqual(expect.arrayContaining(['you-have-rights', 'respect', 'meeting-up']));
  });

  it('every id is a slug the store accepts', () => {
    const all = [
      ...CONTENT_IDS.stories.flatMap((s) => [s.id, ...s.options]),
      ...CONTENT_IDS.exercises,
      ...CONTENT_IDS.rules,
    ];
    for (const id of all) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(RESERVED_IDS.has(id)).toBe(false);
    }
  });
});
