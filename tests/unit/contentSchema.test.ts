/**
 * The shape of the compiled content, as JSON Schema, kept in a snapshot (as freeCodeCamp keeps its curriculum
 * schema): the compiler writes this shape and the app is typed by it, so a change to it (a field, a new
 * activity type, an item's answer) fails here until it is accepted on purpose, with
 * `npx vitest run -u tests/unit/contentSchema.test.ts`, and the snapshot's diff is reviewed with the change.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tierContentSchema } from '../../src/content/schema.ts';

describe('the compiled content schema', () => {
  it('is the one in the snapshot', () => {
    expect(z.toJSONSchema(tierContentSchema)).toMatchSnapshot();
  });
});
