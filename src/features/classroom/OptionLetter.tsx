/**
 * Letters for the options on the projector (A, B, C… in the class's own alphabet: А, Б, В in Russian, أ، ب، ج
 * in Arabic), so a class can call an option out. A letter goes by the option's place on screen, whatever order
 * the options were shuffled into, and the class vote uses the same letters. Only in classroom mode.
 */
import { useTranslation } from '../../i18n/index.ts';
import { useStore } from '../../store/index.ts';

/**
 * The letter for the option at each place (from 0); past the last letter, numbers. Only for components shown in
 * classroom mode: it loads the classroom strings, which a child's page never needs.
 */
export function useLetters(): (index: number) => string {
  const { t } = useTranslation('classroom');
  const letters = t('letters').split(' ');
  return (index) => letters[index] ?? String(index + 1);
}

/**
 * The letter of the option at `index`, drawn as a badge before its words, in classroom mode only. Hidden from
 * screen readers: the option's name stays its words (the class vote, which reads the letters, names them).
 */
export function OptionLetter({ index }: { index: number }) {
  const on = useStore((s) => s.settings.classroom);
  return on ? <Letter index={index} /> : null;
}

function Letter({ index }: { index: number }) {
  const letter = useLetters()(index);
  return (
    <span className="option-letter" aria-hidden="true">
      {letter}
    </span>
  );
}
