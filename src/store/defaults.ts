/** Every default in one place. */
import type { Persisted, SeatProgress, Settings } from './schema.ts';

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  textSize: 'normal',
  motion: 'system',
  highContrast: false,
  dyslexiaFont: false,
  narrationRate: 1,
  timer: null,
  mode: 'home',
  idleMinutes: 10,
  classroom: false,
};

export const FIRST_SEAT_ID = 'seat-1';

export function emptySeatProgress(): SeatProgress {
  return { stories: {}, exercises: {}, rules: {}, quick: null, level1: null };
}

export function defaultPersisted(): Persisted {
  return {
    settings: { ...DEFAULT_SETTINGS },
    seats: { list: [{ id: FIRST_SEAT_ID, animal: 'owl', colour: 'teal' }], active: FIRST_SEAT_ID },
    progress: {},
  };
}
