/** Whose order this device shows an exercise's options in (see order.ts): the active seat's, or none in class. */
import { selectOrderSeat, useStore } from '../../../../store/index.ts';

export const useOrderSeat = (): string | null => useStore(selectOrderSeat);
