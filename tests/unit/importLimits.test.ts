// @vitest-environment node
/**
 * What an import may bring in. Seat ids are unique (two seats sharing an id would be removed together, and the
 * next load would find the state unreadable), so a file with duplicates is refused with its own message.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStored, STORE_VERSION } from '../../src/store/migrations.ts';
import type { Persisted, Seat } from '../../src/store/schema.ts';
import { parseExport } from '../../src/store/transfer.ts';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');

function richState(): Persisted {
  const stored = readStored(fixture('store/v2.json'));
  if (!stored.ok) throw new Error('the v2 fixture must load');
  return stored.state;
}

const envelope = (state: unknown, version: number = STORE_VERSION) =>
  JSON.stringify({ app: 'sango', kind: 'progress-export', version, exported: '2025-06-02T14:05:00Z', state });

describe('seat ids in a file', () => {
  it('two seats sharing an id: refused as "duplicate-seats", and stored data like that is not read', () => {
    const good = richState();
    const twins: Seat[] = [
      { id: 'seat-1', animal: 'owl', colour: 'teal' },
      { id: 'seat-1', animal: 'fox', colour: 'orange' },
    ];
    const state = { ...good, seats: { list: twins, active: 'seat-1' } };
    expect(parseExport(envelope(state))).toEqual({ ok: false, reason: 'duplicate-seats' });
    expect(parseExport(envelope(state, 1))).toEqual({ ok: false, reason: 'duplicate-seats' });
    expect(readStored(JSON.stringify({ version: STORE_VERSION, state }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('any list with a repeated id is refused; any list without one is read', () => {
    const ids = fc.array(fc.constantFrom('seat-1', 'seat-2', 'seat-3', 'seat-4'), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(ids, (list) => {
        const seats = list.map((id) => ({ id, animal: 'owl', colour: 'teal' }) as Seat);
        const state = { ...richState(), seats: { list: seats, active: list[0] }, progress: {} };
        const repeated = new Set(list).size < list.length;
        const result = parseExport(envelope(state));
        if (repeated) expect(result).toEqual({ ok: false, reason: 'duplicate-seats' });
        else expect(result.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
