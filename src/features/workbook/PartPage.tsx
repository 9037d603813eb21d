/** One exercise (or the summary page between exercises), with the way on when it is done. */
import { useState, type ReactNode } from 'react';
import { useTranslation, type AppLocale } from '../../i18n/index.ts';
import { Blocks } from '../../content/render.tsx';
import { fallbackAttrs } from '../../content/fallback.ts';
import type { ModulePart, WorkbookModule } from '../../content/workbookSchema.ts';
import { selectExercises, useStore } from '../../store/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { routePath } from '../../ui/routes.ts';
import { ACTIVITIES } from './activities/index.ts';
import { nextPart } from './progress.ts';

interface Props {
  locale: AppLocale;
  module: WorkbookModule;
  part: ModulePart;
}

export function PartPage({ locale, module: mod, part }: Props) {
  const { t } = useTranslation('workbook');
  const completeExercise = useStore((s) => s.completeExercise);
  const doneBefore = useStore(selectExercises)[part.id]?.done ?? false;
  const [finished, setFinished] = useState(false);
  const next = nextPart(mod, part.id);
  const onward = (
    <Link
      className="button primary"
      to={routePath({ name: 'workbook', locale, path: next ? [mod.id, next] : [mod.id] })}
    >
      {next ? t('next') : t('backToModule')}
    </Link>
  );
  return (
    <article className="page part-page" {...fallbackAttrs(mod.untranslated)}>
      <p className="kicker">
        <Link to={routePath({ name: 'workbook', locale, path: [mod.id] })}>{mod.title}</Link>
        {part.kind === 'exercise' && <> · {t('exercise', { number: part.number })}</>}
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
          {(finished || doneBefore) && <div className="part-onward">{onward}</div>}
        </Exercise>
      )}
    </article>
  );
}

function Exercise(props: {
  part: Extract<ModulePart, { kind: 'exercise' }>;
  onComplete: (r: { firstTry: boolean }) => void;
  children: ReactNode;
}) {
  const Activity = ACTIVITIES[props.part.type];
  return (
    <>
      <div className="instructions">
        <Blocks nodes={props.part.instructions} />
      </div>
      <Activity exercise={props.part} onComplete={props.onComplete} />
      {props.children}
    </>
  );
}
