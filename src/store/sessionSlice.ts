/**
 * What this tab remembers only while it is open, never stored: the tier a child was last in, so the header's
 * Help on a page that belongs to no tier (Settings, a lost link) still opens help written for their age.
 */
import type { HelpTier } from '../content/helpTiers.ts';
import type { SliceCreator } from './types.ts';

export interface SessionSlice {
  lastTier: HelpTier | null;
  setLastTier(tier: HelpTier): void;
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get) => ({
  lastTier: null,
  setLastTier: (tier) => {
    if (get().lastTier !== tier) set({ lastTier: tier });
  },
});
