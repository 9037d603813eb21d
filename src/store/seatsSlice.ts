/**
 * Seats are picture profiles (an animal and a colour) for shared devices: never a name or any free text.
 * Progress belongs to a seat; removing a seat removes its progress; the last seat cannot be removed.
 */
import { emptySeatProgress, FIRST_SEAT_ID } from './defaults.ts';
import type { Seat } from './schema.ts';
import type { SliceCreator } from './types.ts';

export const MAX_SEATS = 30;

export interface SeatsSlice {
  /** `active` is null after the idle hand-over, until the next child picks a seat: nothing is saved meanwhile. */
  seats: { list: Seat[]; active: string | null };
  /** Adds a seat and makes it the active one; returns its id, or null when the device is full or the picture taken. */
  addSeat(animal: Seat['animal'], colour: Seat['colour']): string | null;
  removeSeat(id: string): void;
  switchSeat(id: string): void;
  /** The idle hand-over: nobody is learning until a child picks their seat. */
  handOver(): void;
}

/** The lowest free "seat-N", so ids stay short and stable. */
export function nextSeatId(list: readonly Seat[]): string {
  for (let n = 1; ; n++) if (!list.some((s) => s.id === `seat-${n}`)) return `seat-${n}`;
}

export const createSeatsSlice: SliceCreator<SeatsSlice> = (set, get) => ({
  seats: { list: [{ id: FIRST_SEAT_ID, animal: 'owl', colour: 'teal' }], active: FIRST_SEAT_ID },
  addSeat: (animal, colour) => {
    const { list } = get().seats;
    if (list.length >= MAX_SEATS) return null;
    // Every seat's picture is its own: a child who cannot read finds their seat by it.
    if (list.some((s) => s.animal === animal && s.colour === colour)) return null;
    const id = nextSeatId(list);
    set((s) => ({
      seats: { list: [...s.seats.list, { id, animal, colour }], active: id },
      progress: { ...s.progress, [id]: emptySeatProgress() },
    }));
    return id;
  },
  removeSeat: (id) =>
    set((s) => {
      if (s.seats.list.length <= 1 || !s.seats.list.some((x) => x.id === id)) return s;
      const list = s.seats.list.filter((x) => x.id !== id);
      const { [id]: _removed, ...progress } = s.progress;
      const active = s.seats.active === id ? (list[0]?.id ?? FIRST_SEAT_ID) : s.seats.active;
      return { seats: { list, active }, progress };
    }),
  switchSeat: (id) =>
    set((s) =>
      s.seats.list.some((x) => x.id === id) && s.seats.active !== id
        ? { seats: { ...s.seats, active: id } }
        : s,
    ),
  handOver: () => set((s) => (s.seats.active === null ? s : { seats: { ...s.seats, active: null } })),
});
