import { FIRST_SEAT_ID } from './defaults.ts';
import type { Seat } from './schema.ts';
import type { SliceCreator } from './types.ts';

export interface SeatsSlice {
  seats: { list: Seat[]; active: string };
}

/** Seats are picture profiles (an animal and a colour) for shared devices; never a name. */
export const createSeatsSlice: SliceCreator<SeatsSlice> = () => ({
  seats: { list: [{ id: FIRST_SEAT_ID, animal: 'owl', colour: 'teal' }], active: FIRST_SEAT_ID },
});
