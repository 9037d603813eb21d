import type { Locale } from '../content/schema.ts';
import { DEFAULT_SETTINGS } from './defaults.ts';
import type { Settings } from './schema.ts';
import type { SliceCreator } from './types.ts';

export interface SettingsSlice {
  settings: Settings;
  setLocale(locale: Locale): void;
  updateSettings(patch: Partial<Omit<Settings, 'locale'>>): void;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set) => ({
  settings: { ...DEFAULT_SETTINGS },
  setLocale: (locale) =>
    set((s) => (s.settings.locale === locale ? s : { settings: { ...s.settings, locale } })),
  updateSettings: (patch) => set((s) => ({ settings: { ...s.settings, ...patch } })),
});
