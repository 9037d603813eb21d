/** A workbook exercise's right answers as a plain list, revealed on the projector when the teacher is ready. */
import { useTranslation } from '../../i18n/index.ts';
import { Inlines } from '../../content/render.tsx';
import type { Exercise } from '../../content/workbookSchema.ts';
import { answersOf, type Answer } from './answers.ts';
import './classroom.css';

export function ClassroomAnswers({ exercise }: { exercise: Exercise }) {
  const { t } = useTranslation('classroom');
  const { opinion, lines } = answersOf(exercise);
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
    <section className="classroom-answers" aria-labelledby={`answers-${exercise.id}`}>
      <h2 id={`answers-${exercise.id}`}>{t('answers.title')}</h2>
      {opinion ? (
        <p>{t('answers.opinion')}</p>
      ) : (
        <ul className="classroom-answer-list">
          {lines.map((line) => (
            <li key={line.id} data-answer={line.id}>
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
