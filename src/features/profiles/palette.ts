/**
 * Seat colours. Each disc is a bright, mid-light fill that a child can name, ringed by a darker shade of the
 * same colour: the ring stands out from the page (at least 3:1) and the animals' dark ink outline stands out
 * from every fill (at least 3:1), so the animal never disappears into its disc (tests check both).
 */
import type { Seat } from '../../store/index.ts';

export type Colour = Seat['colour'];
export type Animal = Seat['animal'];

export const SEAT_COLOURS: Record<Colour, { fill: string; ring: string }> = {
  teal: { fill: '#2dd4bf', ring: '#0f766e' },
  orange: { fill: '#fb923c', ring: '#c2410c' },
  purple: { fill: '#a78bfa', ring: '#6d28d9' },
  green: { fill: '#5bc236', ring: '#15803d' },
  blue: { fill: '#60a5fa', ring: '#1d4ed8' },
  pink: { fill: '#f472b6', ring: '#be185d' },
  yellow: { fill: '#facc15', ring: '#a16207' },
  red: { fill: '#ef4444', ring: '#991b1b' },
};

/** The disc behind an animal that has no colour yet (the "pick an animal" step). */
export const NEUTRAL_DISC = { fill: '#fff3d6', ring: '#6b7280' };

/** The outline of every animal: the app's ink. */
export const INK = '#1f2430';
