/**
 * Match (type "match"): left cards in order, right cards mixed (the same way every time). Tap a left card then
 * its right card; or drag the left card onto the right one; or Tab to a left card, Enter (focus goes to the
 * right cards), Enter on the right one. A matched pair shows together with an undo button; a check keeps the
 * right pairs (with why) and pulls the others apart, with the hint.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Inlines, inlineText } from '../../../content/render.tsx';
import { useTranslation } from '../../../i18n/index.ts';
import { m } from '../../../ui/motion.ts';
import {
  DonePanel,
  Explain,
  fromKeyboard,
  HintPanel,
  Mark,
  QUICK,
  UndoIcon,
  useAnnouncer,
  useFocusLater,
  WorksheetInstructions,
} from './dragShared.tsx';
import {
  allPaired,
  checkMatch,
  freeRights,
  initialMatch,
  pairUp,
  shuffledRights,
  unpair,
} from './matchLogic.ts';
import type { ActivityProps, WorksheetProps } from './types.ts';
import { usePointerDrag } from './usePointerDrag.ts';
import './dragActivities.css';

/** Two cards joined: the same both ways, so nothing to mirror in right-to-left pages. */
function JoinIcon() {
  return (
    <svg className="da-icon da-join" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
      <path d="M5 8h22" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      <circle cx="5" cy="8" r="4" fill="currentColor" />
      <circle cx="27" cy="8" r="4" fill="currentColor" />
    </svg>
  );
}

export function MatchActivity({ exercise, onComplete }: ActivityProps<'match'>) {
  const { t } = useTranslation('workbook');
  const items = exercise.items;
  const rights = useMemo(() => shuffledRights(exercise.items, exercise.id), [exercise.items, exercise.id]);
  const [state, setState] = useState(initialMatch);
  const [picked, setPicked] = useState<string | null>(null);
  const [liveRegion, announce] = useAnnouncer();
  const { root, focusLater } = useFocusLater<HTMLDivElement>();
  const completed = useRef(false);

  const leftText = (id: string) => inlineText(items.find((i) => i.id === id)?.label ?? []);
  const rightText = (id: string) => inlineText(items.find((i) => i.id === id)?.match ?? []);
  const pool = freeRights(rights, state);

  const pickLeft = (id: string, keyboard: boolean) => {
    if (picked === id) {
      setPicked(null);
      return;
    }
    setPicked(id);
    announce(t('activity.pickedCard', { card: leftText(id) }));
    const first = pool[0];
    if (keyboard && first) focusLater(`right:${first.id}`);
  };

  const pairWith = (left: string, right: string, keyboard: boolean) => {
    const next = pairUp(state, left, right);
    setPicked(null);
    if (next === state) return;
    setState(next);
    announce(t('activity.matched', { left: leftText(left), right: rightText(right) }));
    if (keyboard) {
      const at = items.findIndex((i) => i.id === left);
      const open = [...items.slice(at + 1), ...items.slice(0, at)].filter(
        (i) => next.pairs[i.id] === undefined,
      );
      focusLater(...open.map((i) => `left:${i.id}`), 'check');
    }
  };

  const tapRight = (right: string, keyboard: boolean) => {
    if (picked === null) announce(t('activity.matchHelp'));
    else pairWith(picked, right, keyboard);
  };

  const undo = (left: string) => {
    const next = unpair(state, left);
    if (next === state) return;
    setState(next);
    focusLater(`left:${left}`);
  };

  const check = () => {
    const next = checkMatch(items, state, exercise.opinion);
    if (next === state) return;
    setState(next);
    setPicked(null);
    if (next.done) {
      announce(exercise.opinion ? t('activity.thanks') : t('activity.allRight'));
      focusLater('done');
      if (!completed.current) {
        completed.current = true;
        onComplete({ firstTry: !next.missed });
      }
    } else {
      announce(t('activity.someWrong', { count: next.wrong }));
      focusLater(...next.returned.map((id) => `left:${id}`));
    }
  };

  const drag = usePointerDrag({ onDrop: (left, right) => pairWith(left, right, false) });

  useEffect(() => {
    if (picked === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setPicked(null);
      if (root.current?.contains(document.activeElement)) {
        root.current.querySelector<HTMLElement>(`[data-focus="left:${picked}"]`)?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [picked, root]);

  return (
    <div className="da da-match" ref={root}>
      {liveRegion}
      <p className="da-help">{t('activity.matchHelp')}</p>
      {/* After a check, the hint sits just above the cards that came back. */}
      {state.wrong > 0 && !state.done && <HintPanel wrong={state.wrong} hint={exercise.hint} />}
      <div className="da-match-board">
        <ul className="da-match-left">
          {items.map((item) => {
            const right = state.pairs[item.id];
            const locked = state.locked.includes(item.id);
            return (
              <li key={item.id} className="da-match-row">
                {right === undefined ? (
                  <button
                    type="button"
                    className={drag.drag?.id === item.id ? 'da-card da-dragging' : 'da-card'}
                    aria-pressed={picked === item.id}
                    data-focus={`left:${item.id}`}
                    style={drag.dragStyle(item.id)}
                    {...drag.dragProps(item.id)}
                    onClick={(e) => pickLeft(item.id, fromKeyboard(e))}
                  >
                    <span className="da-card-label">
                      <Inlines nodes={item.label} />
                    </span>
                    {state.returned.includes(item.id) && (
                      <>
                        {' '}
                        <Mark right={false} />
                      </>
                    )}
                  </button>
                ) : (
                  <m.div
                    className={locked ? 'da-pair da-locked' : 'da-pair'}
                    initial={{ opacity: 0, scale: 0.96 }}
                    animate={{ opacity: 1, scale: 1 }}
                    transition={QUICK}
                  >
                    <span className="visually-hidden">
                      {t('activity.matched', { left: inlineText(item.label), right: rightText(right) })}
                    </span>
                    <span className="da-pair-cards" aria-hidden="true">
                      <span className="da-pair-side">
                        <Inlines nodes={item.label} />
                      </span>
                      <JoinIcon />
                      <span className="da-pair-side">
                        <Inlines nodes={items.find((i) => i.id === right)?.match ?? []} />
                      </span>
                    </span>
                    {locked ? (
                      <>
                        <Mark right />
                        <Explain blocks={item.explain} />
                      </>
                    ) : (
                      <button
                        type="button"
                        className="da-icon-button"
                        data-focus={`undo:${item.id}`}
                        onClick={() => undo(item.id)}
                      >
                        <UndoIcon />
                        <span className="visually-hidden">
                          {t('activity.unmatch', { left: inlineText(item.label) })}
                        </span>
                      </button>
                    )}
                  </m.div>
                )}
              </li>
            );
          })}
        </ul>
        {pool.length > 0 && (
          <ul className="da-match-right">
            {pool.map((r) => (
              <m.li
                key={r.id}
                initial={{ opacity: 0, scale: 0.96 }}
                animate={{ opacity: 1, scale: 1 }}
                transition={QUICK}
              >
                <button
                  type="button"
                  className={[
                    'da-card',
                    'da-right-card',
                    picked ? 'da-ready' : '',
                    drag.drag?.over === r.id ? 'da-over' : '',
                  ]
                    .join(' ')
                    .trim()}
                  data-focus={`right:${r.id}`}
                  {...drag.dropProps(r.id)}
                  onClick={(e) => tapRight(r.id, fromKeyboard(e))}
                >
                  <span className="da-card-label">
                    <Inlines nodes={r.match ?? []} />
                  </span>
                </button>
              </m.li>
            ))}
          </ul>
        )}
      </div>
      {allPaired(items, state) && !state.done && (
        <button type="button" className="button primary da-check" data-focus="check" onClick={check}>
          {t('activity.check')}
        </button>
      )}
      {state.done && <DonePanel exercise={exercise} />}
    </div>
  );
}

/** The paper version: left cards in order, right cards mixed, and room between them to draw the lines. */
export function MatchWorksheet({ exercise }: WorksheetProps<'match'>) {
  const rights = shuffledRights(exercise.items, exercise.id);
  return (
    <div className="da-ws da-ws-match">
      <WorksheetInstructions exercise={exercise} />
      <div className="da-ws-match-grid">
        <ul className="da-ws-column">
          {exercise.items.map((item) => (
            <li key={item.id} className="da-ws-card da-ws-left">
              <Inlines nodes={item.label} />
            </li>
          ))}
        </ul>
        <div className="da-ws-gap" />
        <ul className="da-ws-column">
          {rights.map((item) => (
            <li key={item.id} className="da-ws-card da-ws-right">
              <Inlines nodes={item.match ?? []} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
