/**
 * Seat names are built from pictures' names only ("Orange fox"), never typed. Two seats with the same animal
 * and colour are told apart by a number ("Orange fox 2"), so a screen reader never hears two identical seats.
 */
import { useCallback } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import type { Seat } from '../../store/index.ts';
import type { Animal, Colour } from './palette.ts';

/** Upper-cases the first letter in the UI language's own rules (a no-op for Arabic and Chinese). */
export function capitalise(text: string, lang: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  let upper: string;
  try {
    upper = head.toLocaleUpperCase(lang);
  } catch {
    upper = head.toUpperCase(); // a language tag the browser does not know
  }
  return upper + text.slice(head.length);
}

export function useNames() {
  const { t, i18n } = useTranslation('profiles');
  const lang = i18n.language;
  const animalName = useCallback((a: Animal) => capitalise(t(`animals.${a}`), lang), [t, lang]);
  const colourName = useCallback((c: Colour) => capitalise(t(`colours.${c}`), lang), [t, lang]);
  const pairName = useCallback(
    (animal: Animal, colour: Colour) =>
      capitalise(t('seatName', { animal: t(`animals.${animal}`), colour: t(`colours.${colour}`) }), lang),
    [t, lang],
  );
  /** The seat's name among `list`: numbered from the second seat that shares its animal and colour. */
  const seatName = useCallback(
    (seat: Seat, list: readonly Seat[]) => {
      const name = pairName(seat.animal, seat.colour);
      const twins = list.filter((s) => s.animal === seat.animal && s.colour === seat.colour);
      const number = twins.findIndex((s) => s.id === seat.id) + 1;
      return number > 1 ? t('seatNameNumbered', { name, number }) : name;
    },
    [pairName, t],
  );
  return { animalName, colourName, pairName, seatName };
}
