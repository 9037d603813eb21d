/**
 * Rank (type "rank"): choose `pick` cards (toggle buttons), then put the chosen ones in order with the up and
 * down buttons or by dragging (a card can also be dragged from the choices straight into a place). Usually an
 * opinion: "Done" then thanks the child, and there is no wrong answer.
 */
import { useMemo, useRef, useState } from 'react';
import { Inlines, inlineText } from '../../../content/render.tsx';
import { useTranslation } from '../../../i18n/index.ts';
import { m } from '../../../ui/motion.ts';
import {
  ArrowIcon,
  CheckIcon,
  CloseIcon,
  DonePanel,
  Explain,
  HintPanel,
  Mark,
  QUICK,
  useAnnouncer,
  useFocusLater,
  WorksheetInstructions,
} from './dragShared.tsx';
import {
  checkRank,
  initialRank,
  isReady,
  moveChoice,
  moveChoiceTo,
  pickCount,
  rankMark,
  toggleChoice,
  type RankState,
} from './rankLogic.ts';
import type { ActivityProps, WorksheetProps } from './types.ts';
import { usePointerDrag } from './usePointerDrag.ts';
import './dragActivities.css';

const END = 'end';

export function RankActivity({ exercise, onComplete }: ActivityProps<'rank'>) {
  const { t } = useTranslation('workbook');
  const pick = pickCount(exercise);
  const [state, setState] = useState(initialRank);
  const [liveRegion, announce] = useAnnouncer();
  const { root, focusLater } = useFocusLater<HTMLDivElement>();
  const completed = useRef(false);
  const byId = useMemo(() => new Map(exercise.items.map((i) => [i.id, i])), [exercise.items]);
  const text = (id: string) => inlineText(byId.get(id)?.label ?? []);
  const full = state.chosen.length >= pick;
  const last = state.chosen.length - 1;

  const update = (next: RankState) => {
    if (next === state) return false;
    setState(next);
    return true;
  };

  /** Says where a card now is in the order. */
  const sayPlace = (next: RankState, id: string) =>
    announce(
      t('activity.placed', {
        card: text(id),
        bin: t('activity.position', { position: next.chosen.indexOf(id) + 1 }),
      }),
    );

  const toggle = (id: string, index?: number) => {
    const next = toggleChoice(state, id, pick, index);
    if (update(next)) announce(t('activity.chosenOf', { chosen: next.chosen.length, count: pick }));
  };

  const takeOut = (id: string) => {
    toggle(id);
    focusLater(`choose:${id}`);
  };

  const moveButton = (id: string, delta: number) => {
    const next = moveChoice(state, id, delta);
    if (!update(next)) return;
    sayPlace(next, id);
    const at = next.chosen.indexOf(id);
    const same = delta < 0 ? (at > 0 ? 'up' : 'down') : at < last ? 'down' : 'up';
    focusLater(`${same}:${id}`);
  };

  const done = () => {
    const next = checkRank(exercise, state);
    if (!update(next)) return;
    if (next.done) {
      announce(exercise.opinion ? t('activity.thanks') : t('activity.allRight'));
      focusLater('done');
      if (!completed.current) {
        completed.current = true;
        onComplete({ firstTry: !next.missed });
      }
    } else {
      announce(t('activity.someWrong', { count: next.wrong }));
    }
  };

  const drag = usePointerDrag({
    onDrop: (id, target) => {
      const index = target === END ? state.chosen.length : state.chosen.indexOf(target);
      if (!state.chosen.includes(id)) return toggle(id, index);
      const next = moveChoiceTo(state, id, index);
      if (update(next)) sayPlace(next, id);
    },
    canDrop: (id, target) => !state.done && id !== target && (state.chosen.includes(id) || !full),
  });

  return (
    <div className="da da-rank" ref={root}>
      {liveRegion}
      {exercise.opinion && <p className="da-note">{t('activity.opinion')}</p>}
      <p className="da-help">{t('activity.chooseN', { count: pick })}</p>
      {!state.done && (
        <>
          <p className="da-count">{t('activity.chosenOf', { chosen: state.chosen.length, count: pick })}</p>
          <ul className="da-cards">
            {exercise.items.map((item) => {
              const chosen = state.chosen.includes(item.id);
              return (
                <li key={item.id}>
                  <button
                    type="button"
                    className={
                      drag.drag?.id === item.id ? 'da-card da-choice da-dragging' : 'da-card da-choice'
                    }
                    aria-pressed={chosen}
                    disabled={!chosen && full}
                    data-focus={`choose:${item.id}`}
                    style={drag.dragStyle(item.id)}
                    {...(chosen ? {} : drag.dragProps(item.id))}
                    onClick={() => toggle(item.id)}
                  >
                    <span className="da-tick" aria-hidden="true">
                      {chosen ? <CheckIcon /> : null}
                    </span>
                    <span className="da-card-label">
                      <span className="visually-hidden">
                        {t('activity.add', { item: inlineText(item.label) })}
                      </span>
                      <span aria-hidden="true">
                        <Inlines nodes={item.label} />
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ol className={drag.drag?.over === END ? 'da-list da-over' : 'da-list'} {...drag.dropProps(END)}>
        {state.chosen.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          const mark = rankMark(state, id);
          const classes = ['da-row', drag.drag?.over === id ? 'da-over' : '', mark ? `da-${mark}-row` : ''];
          return (
            <m.li
              key={id}
              className={classes.join(' ').trim()}
              initial={{ opacity: 0, y: -10 }}
              animate={{ opacity: 1, y: 0 }}
              transition={QUICK}
              {...drag.dropProps(id)}
            >
              <div
                className={drag.drag?.id === id ? 'da-row-body da-dragging' : 'da-row-body'}
                style={drag.dragStyle(id)}
                {...(state.done ? {} : drag.dragProps(id))}
              >
                <span className="da-num" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="visually-hidden">{t('activity.position', { position: index + 1 })}</span>{' '}
                <span className="da-card-label">
                  <Inlines nodes={item.label} />
                </span>
                {mark && ' '}
                {mark && <Mark right={mark === 'right'} />}
              </div>
              {!state.done && (
                <span className="da-tools">
                  <button
                    type="button"
                    className="da-icon-button"
                    data-focus={`up:${id}`}
                    disabled={index === 0}
                    onClick={() => moveButton(id, -1)}
                  >
                    <ArrowIcon up />
                    <span className="visually-hidden">{t('activity.moveUp', { item: text(id) })}</span>
                  </button>
                  <button
                    type="button"
                    className="da-icon-button"
                    data-focus={`down:${id}`}
                    disabled={index === last}
                    onClick={() => moveButton(id, 1)}
                  >
                    <ArrowIcon up={false} />
                    <span className="visually-hidden">{t('activity.moveDown', { item: text(id) })}</span>
                  </button>
                  <button type="button" className="da-icon-button" onClick={() => takeOut(id)}>
                    <CloseIcon />
                    <span className="visually-hidden">{t('activity.remove', { item: text(id) })}</span>
                  </button>
                </span>
              )}
              {state.done && <Explain blocks={item.explain} />}
            </m.li>
          );
        })}
      </ol>
      {!state.done && (
        <button
          type="button"
          className="button primary da-check"
          data-focus="check"
          disabled={!isReady(state, pick)}
          onClick={done}
        >
          {exercise.opinion ? t('exerciseDone') : t('activity.check')}
        </button>
      )}
      {state.wrong > 0 && !state.done && <HintPanel wrong={state.wrong} hint={exercise.hint} />}
      {state.done && <DonePanel exercise={exercise} />}
    </div>
  );
}

/** The paper version: the cards, each with a box for its number, and a numbered line for each place. */
export function RankWorksheet({ exercise }: WorksheetProps<'rank'>) {
  const { t } = useTranslation('workbook');
  const pick = pickCount(exercise);
  return (
    <div className="da-ws da-ws-rank">
      <WorksheetInstructions exercise={exercise} />
      <p>{t('activity.chooseN', { count: pick })}</p>
      <ul className="da-ws-list">
        {exercise.items.map((item) => (
          <li key={item.id}>
            <span className="da-ws-box" />
            <span>
              <Inlines nodes={item.label} />
            </span>
          </li>
        ))}
      </ul>
      <ol className="da-ws-lines">
        {Array.from({ length: pick }, (_, i) => (
          <li key={i}>
            <span className="da-ws-line" />
          </li>
        ))}
      </ol>
    </div>
  );
}
