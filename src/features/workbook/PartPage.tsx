/**
 * One exercise (or the summary page between exercises), with the way on when it is done. In classroom mode
 * presenter keys move through the module's parts, the class votes, a reveal lists the exercise's answers one
 * at a time, and the module's educator notes (which hold the solutions) open beside it only on demand.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Blocks } from '../../content/render.tsx';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { ModulePart, WorkbookModule } from '../../content/workbookSchema.ts';
import { own, selectExercises, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { navigate } from '../../routing/router.ts';
import { routePath } from '../../routing/routes.ts';
import {
  ClassroomAnswers,
  ExerciseVote,
  useClassroom,
  useLesson,
  usePresenterKeys,
} from '../classroom/index.ts';
import { answersOf, ExerciseActivity, voteOf } from './activities/registry.tsx';
import type { ExerciseResult } from './activities/types.ts';
import { nextPart } from './progress.ts';
import { useExerciseLabel } from './useExerciseLabel.ts';

interface Props {
  locale: AppLocale;
  module: WorkbookModule;
  part: ModulePart;
}

export function PartPage({ locale, module: mod, part }: Props) {
  const { t } = useTranslation('workbook');
  const exerciseLabel = useExerciseLabel();
  const completeExercise = useStore((s) => s.completeExercise);
  const doneBefore = own(useStore(selectExercises), part.id)?.done ?? false;
  const [finished, setFinished] = useState(false);
  const classroom = useClassroom();
  const next = nextPart(mod, part.id);
  const at = mod.parts.findIndex((p) => p.id === part.id);
  // Before the first part and after the last is the module page (its introduction and its recap).
  const goToPart = (i: number) => {
    const to = mod.parts[i];
    navigate(routePath({ name: 'workbook', locale, path: to ? [mod.id, to.id] : [mod.id] }));
  };
  usePresenterKeys({ next: () => goToPart(at + 1), previous: () => goToPart(at - 1) });
  const answers = part.kind === 'exercise' ? answersOf(part) : null;
  const vote = part.kind === 'exercise' && classroom.on ? voteOf(part) : null;
  useLesson({ answers: answers?.lines.length ?? 0, notes: mod.educator.length > 0 });
  const onward = (
    <Link
      className="button primary"
      to={routePath({ name: 'workbook', locale, path: next ? [mod.id, next] : [mod.id] })}
    >
      {next ? t('next') : t('backToModule')}
    </Link>
  );
  const page = (
    <article className="page part-page" {...fallbackAttrs(mod.untranslated)}>
      <p className="kicker">
        <Link className="standalone" to={routePath({ name: 'workbook', locale, path: [mod.id] })}>
          {mod.title}
        </Link>
        {part.kind === 'exercise' && <> · {exerciseLabel(part)}</>}
      </p>
      <PageHeading>{part.title}</PageHeading>
      {part.kind === 'summary' ? (
        <>
          <div className="summary-body">
            <Blocks nodes={part.body} />
          </div>
          {onward}
        </>
      ) : (
        <Exercise
          part={part}
          onComplete={(result) => {
            completeExercise(part.id, result);
            setFinished(true);
          }}
        >
          {vote && <ExerciseVote vote={vote} />}
          {answers && classroom.revealed && (
            <ClassroomAnswers id={part.id} answers={answers} shown={classroom.shown} />
          )}
          {(finished || doneBefore || classroom.on) && <div className="part-onward">{onward}</div>}
        </Exercise>
      )}
    </article>
  );
  if (!classroom.on) return page;
  // The notes hold the solutions: on the projector they open only when the teacher asks (N, or the bar).
  return (
    <div className={classroom.notes ? 'part-classroom notes-open' : 'part-classroom'}>
      {page}
      {classroom.notes && (
        <section
          id="lesson-notes"
          className="lesson-notes"
          aria-labelledby="lesson-notes-title"
          {...fallbackAttrs(mod.untranslated)}
        >
          <h2 id="lesson-notes-title">{t('educatorNotes')}</h2>
          <Blocks nodes={mod.educator} />
        </section>
      )}
    </div>
  );
}

function Exercise(props: {
  part: Extract<ModulePart, { kind: 'exercise' }>;
  onComplete: (r: ExerciseResult) => void;
  children: ReactNode;
}) {
  return (
    <>
      <div className="instructions">
        <Blocks nodes={props.part.instructions} />
      </div>
      <ExerciseActivity exercise={props.part} onComplete={props.onComplete} />
      {props.children}
    </>
  );
}
