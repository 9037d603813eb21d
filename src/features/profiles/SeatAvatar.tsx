/** A seat's picture: a friendly animal face on a disc of the seat's colour. It contains no words. */
import { ANIMAL_ART } from './animals.tsx';
import { NEUTRAL_DISC, SEAT_COLOURS, type Animal, type Colour } from './palette.ts';
import { useNames } from './seatNames.ts';

interface Props {
  animal: Animal;
  /** The seat colour, or null for an uncoloured disc (while a child is still choosing). */
  colour: Colour | null;
  /** Width and height in CSS pixels. */
  size: number;
  /**
   * The accessible name. By default the translated "Orange fox"; pass "" when the picture sits next to
   * visible text that already names it (it is then hidden from assistive technology).
   */
  label?: string;
  className?: string;
}

export function SeatAvatar({ animal, colour, size, label, className }: Props) {
  const { animalName, pairName } = useNames();
  const disc = colour ? SEAT_COLOURS[colour] : NEUTRAL_DISC;
  const Art = ANIMAL_ART[animal];
  const name = label ?? (colour ? pairName(animal, colour) : animalName(animal));
  const a11y = name ? { role: 'img', 'aria-label': name } : { 'aria-hidden': true };
  return (
    <svg
      viewBox="0 0 100 100"
      width={size}
      height={size}
      className={className ? `seat-avatar ${className}` : 'seat-avatar'}
      data-animal={animal}
      data-colour={colour ?? 'none'}
      focusable="false"
      {...a11y}
    >
      <circle cx="50" cy="50" r="47" fill={disc.fill} stroke={disc.ring} strokeWidth="5" />
      <Art />
    </svg>
  );
}
