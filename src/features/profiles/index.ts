/** What other features may use of the seats: the seats page, which grown-ups open with its managing tools. */
export { default as SeatsPage } from './SeatsPage.tsx';
/** A seat's picture and its spoken name, for the grown-ups' class view. */
export { SeatAvatar } from './SeatAvatar.tsx';
export { useNames } from './seatNames.ts';
