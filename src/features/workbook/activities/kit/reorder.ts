/** List moves and position marks shared by the rank and order logic. */

/** Moves `id` by `delta` places (clamped). The same array when nothing moves. */
export function moveBy(list: readonly string[], id: string, delta: number): readonly string[] {
  const from = list.indexOf(id);
  if (from < 0) return list;
  return moveTo(list, id, from + delta);
}

/** Moves `id` to `index` (clamped), the others closing up around it. The same array when nothing moves. */
export function moveTo(list: readonly string[], id: string, index: number): readonly string[] {
  const from = list.indexOf(id);
  const to = Math.max(0, Math.min(list.length - 1, index));
  if (from < 0 || from === to) return list;
  const out = list.filter((x) => x !== id);
  out.splice(to, 0, id);
  return out;
}

/** Where each item was at a check, and whether that place was right. */
export type PositionMarks = Readonly<Record<string, { index: number; right: boolean }>>;

export function positionMarks(list: readonly string[], answer: readonly string[]): PositionMarks {
  return Object.fromEntries(list.map((id, index) => [id, { index, right: answer[index] === id }]));
}

/** The mark still shown for an item: only while it stays where it was checked. */
export function markAt(marks: PositionMarks | null, id: string, index: number): 'right' | 'again' | null {
  const m = marks?.[id];
  if (!m || m.index !== index) return null;
  return m.right ? 'right' : 'again';
}

/** A move of the list in `state[key]` (none once done); the same state when nothing moves. */
export function moveIn<K extends string, S extends { done: boolean } & Record<K, readonly string[]>>(
  state: S,
  key: K,
  move: (list: readonly string[]) => readonly string[],
): S {
  if (state.done) return state;
  const list = move(state[key]);
  return list === state[key] ? state : { ...state, [key]: list };
}
