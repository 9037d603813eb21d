/**
 * Adding a seat with pictures only: pick an animal, then a colour (no typing, no names). A pair already in use
 * is shown "Used" and cannot be picked: a child who cannot read tells seats apart by their picture alone.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { ANIMALS, COLOURS } from '../../store/schema.ts';
import { useStore } from '../../store/index.ts';
import { ChevronBackIcon } from '../../ui/icons.tsx';
import type { Animal } from './palette.ts';
import { SeatAvatar } from './SeatAvatar.tsx';
import { useNames } from './seatNames.ts';

interface Props {
  /** Called with the new seat's id (null if the device filled up meanwhile). */
  onAdded: (id: string | null) => void;
  onCancel: () => void;
}

export function AddSeat({ onAdded, onCancel }: Props) {
  const { t } = useTranslation('profiles');
  const { animalName, colourName } = useNames();
  const list = useStore((s) => s.seats.list);
  const addSeat = useStore((s) => s.addSeat);
  const [animal, setAnimal] = useState<Animal | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Each step replaces the buttons the child just used: the new step's question takes focus.
  useEffect(() => heading.current?.focus(), [animal]);

  const used = (a: Animal) => new Set(list.filter((s) => s.animal === a).map((s) => s.colour));

  if (animal === null) {
    return (
      <section className="seats-add" aria-labelledby="seats-add-title">
        <h2 id="seats-add-title" ref={heading} tabIndex={-1}>
          {t('add.animalTitle')}
        </h2>
        <ul className="pick-grid" aria-labelledby="seats-add-title">
          {ANIMALS.map((a) => (
            <li key={a}>
              <button type="button" className="pick-tile" onClick={() => setAnimal(a)}>
                <SeatAvatar animal={a} colour={null} size={88} label="" />
                <span className="pick-name">{animalName(a)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="seats-add-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('add.cancel')}
          </button>
        </div>
      </section>
    );
  }

  const taken = used(animal);
  return (
    <section className="seats-add" aria-labelledby="seats-add-title">
      <div className="seats-add-head">
        <SeatAvatar animal={animal} colour={null} size={72} />
        <h2 id="seats-add-title" ref={heading} tabIndex={-1}>
          {t('add.colourTitle')}
        </h2>
      </div>
      <ul className="pick-grid" aria-labelledby="seats-add-title">
        {COLOURS.map((c) => {
          const isUsed = taken.has(c);
          return (
            <li key={c}>
              <button
                type="button"
                className="pick-tile"
                data-used={isUsed || undefined}
                disabled={isUsed}
                aria-label={isUsed ? t('add.usedLabel', { name: colourName(c) }) : undefined}
                onClick={() => onAdded(addSeat(animal, c))}
              >
                <SeatAvatar animal={animal} colour={c} size={88} label="" />
                <span className="pick-name">{colourName(c)}</span>
                {isUsed ? (
                  <span className="pick-used" aria-hidden="true">
                    {t('add.used')}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      {taken.size > 0 ? <p className="seats-hint">{t('add.usedHint')}</p> : null}
      <div className="seats-add-actions">
        <button type="button" className="button" onClick={() => setAnimal(null)}>
          <ChevronBackIcon />
          {t('add.back')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('add.cancel')}
        </button>
      </div>
    </section>
  );
}
