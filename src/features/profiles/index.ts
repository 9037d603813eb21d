/** What other features may use of the seats: the seats page, which grown-ups open with its managing tools. */
export { default as SeatsPage } from './SeatsPage.tsx';
