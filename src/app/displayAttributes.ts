/**
 * The display settings as attributes on `<html>`, so CSS scales and recolours everything from the root. Two
 * writers share this: the app (useDisplaySettings), and the small script every page loads before its first
 * paint (pageStart.ts), so a child who chose large text or high contrast never sees the page switch.
 * No imports: the script is built from this file alone.
 */
export interface DisplaySettings {
  textSize: 'normal' | 'large' | 'larger' | 'largest';
  highContrast: boolean;
  motion: 'system' | 'reduce' | 'full';
  dyslexiaFont: boolean;
  classroom: boolean;
}

const TEXT_SIZES: readonly string[] = ['normal', 'large', 'larger', 'largest'];
const MOTIONS: readonly string[] = ['system', 'reduce', 'full'];

export function applyDisplaySettings(root: HTMLElement, s: DisplaySettings): void {
  root.dataset.textSize = s.textSize;
  root.dataset.contrast = s.highContrast ? 'high' : 'normal';
  root.dataset.motion = s.motion;
  root.dataset.font = s.dyslexiaFont ? 'dyslexic' : 'default';
  root.dataset.classroom = s.classroom ? 'on' : 'off';
}

/**
 * The display settings in what localStorage holds (`{version, state: {settings}}`), or null when they cannot be
 * read. Every value is checked: the store validates and migrates on read, and this early look must never
 * apply something the store would refuse (it then applies its own a moment later).
 */
export function storedDisplaySettings(raw: string | null): DisplaySettings | null {
  if (!raw) return null;
  let s: unknown;
  try {
    s = (JSON.parse(raw) as { state?: { settings?: unknown } } | null)?.state?.settings;
  } catch {
    return null;
  }
  if (!s || typeof s !== 'object') return null;
  const { textSize, highContrast, motion, dyslexiaFont, classroom } = s as Record<string, unknown>;
  if (typeof textSize !== 'string' || !TEXT_SIZES.includes(textSize)) return null;
  if (typeof motion !== 'string' || !MOTIONS.includes(motion)) return null;
  if (typeof highContrast !== 'boolean' || typeof dyslexiaFont !== 'boolean') return null;
  return {
    textSize: textSize as DisplaySettings['textSize'],
    highContrast,
    motion: motion as DisplaySettings['motion'],
    dyslexiaFont,
    classroom: classroom === true,
  };
}
