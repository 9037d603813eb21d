import { useEffect } from 'react';
import { useStore } from '../store/index.ts';
import { applyDisplaySettings } from './displayAttributes.ts';

/**
 * Text size and contrast apply to the whole document, so CSS can scale everything from the root. Before the
 * app runs, the page's own small script has already set them from storage (pageStart.ts).
 */
export function useDisplaySettings(): void {
  const textSize = useStore((s) => s.settings.textSize);
  const highContrast = useStore((s) => s.settings.highContrast);
  const motion = useStore((s) => s.settings.motion);
  const dyslexiaFont = useStore((s) => s.settings.dyslexiaFont);
  const classroom = useStore((s) => s.settings.classroom);
  useEffect(() => {
    applyDisplaySettings(document.documentElement, {
      textSize,
      highContrast,
      motion,
      dyslexiaFont,
      classroom,
    });
  }, [textSize, highContrast, motion, dyslexiaFont, classroom]);
}
