/**
 * Each child's marks, only when the teacher asks for them: one column per seat, headed by its picture and its
 * spoken name ("Teal owl"), one row per story, activity and rule. A mark is a symbol with its word for screen
 * readers, so it does not rely on colour; a wide class scrolls sideways inside its own focusable box.
 */
import { useTranslation } from '../../i18n/index.ts';
import { SeatAvatar, useNames } from '../profiles/index.ts';
import type { ClassSeat, Seat } from '../../store/index.ts';
import { exerciseMark, ruleMark, storyMark, type Mark } from '../../store/classFigures.ts';
import type { ClassContent, TitledTier } from './classContent.ts';

const SYMBOL: Record<Mark, string> = { none: '·', started: '◐', done: '✓', best: '★' };

const MARK_OF: Record<TitledTier, (p: ClassSeat['progress'], id: string) => Mark> = {
  stories: storyMark,
  exercises: exerciseMark,
  rules: ruleMark,
};

type MarkWord = 'none' | 'started' | 'storyDone' | 'exerciseDone' | 'exerciseBest' | 'ruleDone' | 'ruleBest';

function markWord(tier: TitledTier, mark: Mark): MarkWord {
  if (mark === 'none' || mark === 'started') return mark;
  if (tier === 'stories') return 'storyDone';
  if (tier === 'exercises') return mark === 'best' ? 'exerciseBest' : 'exerciseDone';
  return mark === 'best' ? 'ruleBest' : 'ruleDone';
}

export function ClassMarks({ seats, content }: { seats: readonly ClassSeat[]; content: ClassContent }) {
  const { t } = useTranslation('grownUps');
  const { seatName } = useNames();
  // Names are numbered among all the seats shown, so two teal owls from two tablets are told apart.
  const asSeats: Seat[] = seats.map((s) => ({ id: s.key, animal: s.animal, colour: s.colour }));
  const legend: [TitledTier, Mark][] = [
    ['exercises', 'none'],
    ['stories', 'started'],
    ['exercises', 'done'],
    ['exercises', 'best'],
    ['rules', 'done'],
    ['rules', 'best'],
  ];
  return (
    <div className="class-marks">
      <h3 id="class-marks-title">{t('class.marksTitle')}</h3>
      <ul className="class-legend">
        {legend.map(([tier, mark]) => (
          <li key={`${tier}-${mark}`}>
            <span aria-hidden="true" className={`mark mark-${mark}`}>
              {SYMBOL[mark]}
            </span>{' '}
            {t(`class.marks.${markWord(tier, mark)}`)}
          </li>
        ))}
      </ul>
      {/* A wide class scrolls sideways: the box takes the focus so arrow keys can scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="class-marks-title">
        <table className="class-table class-marks-table">
          <thead>
            <tr>
              <td />
              {asSeats.map((seat) => (
                <th key={seat.id} scope="col">
                  <SeatAvatar
                    animal={seat.animal}
                    colour={seat.colour}
                    size={40}
                    label={seatName(seat, asSeats)}
                  />
                </th>
              ))}
            </tr>
          </thead>
          {(['stories', 'exercises', 'rules'] as const).map((tier) => (
            <tbody key={tier}>
              <tr>
                <th scope="rowgroup" colSpan={seats.length + 1} className="class-group">
                  {t(`class.${tier}`)}
                </th>
              </tr>
              {content.items[tier].map((id) => (
                <tr key={id}>
                  <th scope="row">{content.titles[tier].get(id) ?? id}</th>
                  {seats.map((seat) => {
                    const mark = MARK_OF[tier](seat.progress, id);
                    return (
                      <td key={seat.key} className="mark-cell">
                        <span aria-hidden="true" className={`mark mark-${mark}`}>
                          {SYMBOL[mark]}
                        </span>
                        <span className="visually-hidden">{t(`class.marks.${markWord(tier, mark)}`)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}
