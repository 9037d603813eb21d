/**
 * A workbook exercise's right answers as a plain list, revealed on the projector one at a time (`shown` of
 * them, in order) when the teacher is ready; the newest comes into view. The answers come from the workbook's
 * activity registry (answersOf), the one source its checks share.
 */
import { useRef } from 'react';
import { useTranslation } from '../../i18n/index.ts';
import { Inlines } from '../../content/render.tsx';
import type { Answer, ExerciseAnswers } from './answers.ts';
import { useRevealScroll } from './useRevealScroll.ts';
import './classroom.css';

interface Props {
  id: string;
  answers: ExerciseAnswers;
  /** How many lines are revealed; all when not given. */
  shown?: number;
}

export function ClassroomAnswers({ id, answers, shown }: Props) {
  const { t } = useTranslation('classroom');
  const { opinion } = answers;
  const lines = answers.lines.slice(0, shown ?? answers.lines.length);
  const newest = useRef<HTMLLIElement>(null);
  useRevealScroll(newest, lines.length);
  const value = (a: Answer) => {
    switch (a.kind) {
      case 'bin':
        return <Inlines nodes={a.bin} />;
      case 'match':
        return <Inlines nodes={a.match} />;
      case 'correct':
        return t('answers.correct');
      case 'truth':
        return a.value ? t('answers.true') : t('answers.false');
      case 'place':
        return t('answers.place', { place: a.place });
      case 'anywhere':
        return t('answers.anywhere');
      case 'kinder':
        return t('answers.kinder', { round: a.round });
    }
  };
  return (
    <section className="classroom-answers" aria-labelledby={`answers-${id}`}>
      <h2 id={`answers-${id}`}>{t('answers.title')}</h2>
      {opinion ? (
        <p>{t('answers.opinion')}</p>
      ) : (
        <ul className="classroom-answer-list">
          {lines.map((line, i) => (
            <li key={line.id} data-answer={line.id} ref={i === lines.length - 1 ? newest : undefined}>
              <span className="classroom-answer-item">
                <Inlines nodes={line.label} />
              </span>
              <span className="classroom-answer-value">{value(line.answer)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
