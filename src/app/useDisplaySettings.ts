import { useEffect } from 'react';
import { useStore } from '../store/index.ts';

/** Text size and contrast apply to the whole document, so CSS can scale everything from the root. */
export function useDisplaySettings(): void {
  const textSize = useStore((s) => s.settings.textSize);
  const highContrast = useStore((s) => s.settings.highContrast);
  const motion = useStore((s) => s.settings.motion);
  const dyslexiaFont = useStore((s) => s.settings.dyslexiaFont);
  const classroom = useStore((s) => s.settings.classroom);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = textSize;
    root.dataset.contrast = highContrast ? 'high' : 'normal';
    root.dataset.motion = motion;
    root.dataset.font = dyslexiaFont ? 'dyslexic' : 'default';
    root.dataset.classroom = classroom ? 'on' : 'off';
  }, [textSize, highContrast, motion, dyslexiaFont, classroom]);
}
