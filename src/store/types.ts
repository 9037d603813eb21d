import type { StateCreator } from 'zustand';
import type { SettingsSlice } from './settingsSlice.ts';
import type { SeatsSlice } from './seatsSlice.ts';
import type { ProgressSlice } from './progressSlice.ts';
import type { StorageNotice } from './safeStorage.ts';
import type { SessionSlice } from './sessionSlice.ts';
import type { ClassroomSlice } from './classroomSlice.ts';
import type { ClassViewSlice } from './classViewSlice.ts';

export interface AppSlice {
  /** A calm, dismissible message about storage; never blocks the app. */
  notices: StorageNotice[];
  dismissNotice(n: StorageNotice): void;
  /** Erases all progress and settings on this device, leaving one fresh seat. */
  eraseAll(): void;
}

export type StoreState = SettingsSlice &
  SeatsSlice &
  ProgressSlice &
  SessionSlice &
  ClassroomSlice &
  ClassViewSlice &
  AppSlice;
export type SliceCreator<T> = StateCreator<StoreState, [['zustand/persist', unknown]], [], T>;
