/**
 * What other features may use of the seats: the seats page, which grown-ups open with its managing tools, and
 * a seat's picture and words-free names for the printed seat cards and certificates.
 */
export { default as SeatsPage } from './SeatsPage.tsx';
export { SeatAvatar } from './SeatAvatar.tsx';
export { useNames } from './seatNames.ts';
