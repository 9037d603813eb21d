/**
 * The class view (`/{locale}/grown-ups/class/`): what the children did, by item and never by name, from this
 * device's own seats or from files opened from the class's other devices. The two are never mixed: the files
 * live in the class view only, in memory, and this device's seats and progress are only read.
 */
import './classView.css';
import { Suspense, useDeferredValue, useId, useMemo, useState } from 'react';
import { contentLocale, LANGUAGES, useTranslation, type AppLocale, type Locale } from '../../i18n/index.ts';
import { Link } from '../../ui/Link.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RadioPills } from '../../ui/RadioPills.tsx';
import { routePath } from '../../routing/routes.ts';
import { emptySeatProgress } from '../../store/defaults.ts';
import { own, useShallow, useStore, type ClassSeat } from '../../store/index.ts';
import { classFigures } from '../../store/classFigures.ts';
import { ClassFiguresTables } from './ClassFiguresTables.tsx';
import { ClassFiles } from './ClassFiles.tsx';
import { ClassMarks } from './ClassMarks.tsx';
import { ClassReport } from './ClassReport.tsx';
import type { ClassContent } from './classContent.ts';

type Source = 'device' | 'files';

export function ClassViewPage({ locale, content }: { locale: AppLocale; content: ClassContent }) {
  const { t } = useTranslation('grownUps');
  const device = useStore(useShallow((s) => ({ list: s.seats.list, progress: s.progress })));
  const opened = useStore((s) => s.classView.seats);
  const [picked, setPicked] = useState<Source>('files');
  const [showMarks, setShowMarks] = useState(false);
  const [printPick, setPrintPick] = useState<Locale>(contentLocale(locale));
  const marksId = useId();
  // The picked language shows at once; the report follows when its strings and titles are loaded (a deferred
  // value keeps the last report meanwhile, never an empty one), and Print waits for it.
  const printLng = useDeferredValue(printPick);
  const loadingLanguage = printLng !== printPick;

  const source: Source = opened.length === 0 ? 'device' : picked;
  const deviceSeats = useMemo(
    (): ClassSeat[] =>
      device.list.map((s) => ({
        key: s.id,
        animal: s.animal,
        colour: s.colour,
        progress: own(device.progress, s.id) ?? emptySeatProgress(),
      })),
    [device],
  );
  const seats = source === 'device' ? deviceSeats : opened;
  const figures = useMemo(
    () =>
      classFigures(
        seats.map((s) => s.progress),
        content.items,
      ),
    [seats, content.items],
  );

  return (
    <div className="page prose-page class-view">
      <div className="class-screen">
        <PageHeading>{t('class.title')}</PageHeading>
        <p className="lead">{t('class.intro')}</p>

        <ClassFiles onOpened={() => setPicked('files')} />

        <section aria-labelledby="class-figures-title">
          <h2 id="class-figures-title">{t('class.figuresTitle')}</h2>
          {opened.length > 0 ? (
            <RadioPills
              legend={t('class.source')}
              name="class-source"
              value={source}
              onChange={setPicked}
              options={[
                { value: 'device', label: t('class.sourceDevice', { count: deviceSeats.length }) },
                { value: 'files', label: t('class.sourceFiles', { count: opened.length }) },
              ]}
            />
          ) : (
            <p>{t('class.sourceDevice', { count: deviceSeats.length })}</p>
          )}
          <ClassFiguresTables lng={locale} figures={figures} content={content} idPrefix="screen" />

          <div className="class-marks-toggle">
            {/* A switch in a label, as the classroom mode's: the whole pill is the target. */}
            <label className="toggle">
              <input
                type="checkbox"
                role="switch"
                checked={showMarks}
                onChange={(e) => setShowMarks(e.currentTarget.checked)}
                aria-describedby={`${marksId}-hint`}
              />
              <span>{t('class.showMarks')}</span>
            </label>
            <p id={`${marksId}-hint`} className="choice-group-hint">
              {t('class.marksHint')}
            </p>
          </div>
          {showMarks && <ClassMarks seats={seats} content={content} />}
        </section>

        <section aria-labelledby="class-print-title">
          <h2 id="class-print-title">{t('class.printTitle')}</h2>
          <RadioPills
            legend={t('class.printLanguage')}
            name="class-print-language"
            value={printPick}
            onChange={setPrintPick}
            options={LANGUAGES.map((l) => ({ value: l.code, label: l.nativeName }))}
          />
          <button
            type="button"
            className="button"
            aria-disabled={loadingLanguage}
            onClick={() => {
              if (!loadingLanguage) window.print();
            }}
          >
            {t('class.print')}
          </button>
        </section>

        <Link className="button primary" to={routePath({ name: 'grown-ups', locale, path: [] })}>
          {t('back')}
        </Link>
      </div>
      {/* Loads the chosen language's strings and titles on its own, so the screen never waits for them. */}
      <Suspense fallback={null}>
        <ClassReport lng={printLng} figures={figures} source={source} />
      </Suspense>
    </div>
  );
}
