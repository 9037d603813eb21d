/**
 * Spot the red flag, or the clue (type 'spot'): a chat or a made-up post, ad or page drawn as a screen, each
 * message or line a button to tap (pressed = "I think this one"). "Check my answers" marks the tapped ones,
 * with why; the count says if one is still to find. Keyboard: Tab to a part, Enter or Space to tap it.
 */
import { useId } from 'react';
import { useTranslation } from '../../../../i18n/index.ts';
import { PictureIcon } from '../../../../ui/icons.tsx';
import { CheckButton } from '../kit/cards.tsx';
import { MarkedLabel } from '../kit/Mark.tsx';
import { Explain, Feedback, Outcome } from '../kit/panels.tsx';
import { useAttempt } from '../kit/useAttempt.ts';
import type { ActivityProps } from '../types.ts';
import { checkSpot, initialSpotState, isLocked, toggleOption } from './spotLogic.ts';
import '../kit/options.css';
import './spot.css';

/** A picture in a made-up post is described in words, in a frame that reads as a photo: "Picture: …". */
function PictureFrame({ label }: { label: string }) {
  return (
    <span className="spot-picture-mark">
      <PictureIcon />
      <span className="visually-hidden">{label}:</span>
    </span>
  );
}

export function SpotActivity({ exercise, onComplete }: ActivityProps<'spot'>) {
  const { t } = useTranslation('workbook');
  const idBase = useId();
  const { state, update, check, root } = useAttempt(initialSpotState, {
    exercise,
    onComplete,
    speaks: false,
  });
  const chat = exercise.look === 'chat';
  return (
    <div className="act act-spot" ref={root}>
      <p className="pick-prompt">{chat ? t('activity.spotChat') : t('activity.spotClues')}</p>
      <ul className={`spot-screen spot-${exercise.look}`} aria-label={exercise.title || undefined}>
        {exercise.items.map((item, i) => {
          const verdict = state.marks[item.id] ?? null;
          const tapped = state.selected.includes(item.id);
          const markId = `${idBase}-${item.id}-mark`;
          const explainId = `${idBase}-${item.id}-why`;
          const explained = verdict !== null || state.done;
          const describedBy = [verdict && markId, explained && explainId].filter(Boolean).join(' ');
          return (
            <li
              key={item.id}
              className={`spot-part${item.from ? ` from-${item.from}` : ''}${item.as ? ` as-${item.as}` : ''}`}
            >
              {chat && item.from && (
                <span className="visually-hidden">{t(`activity.from.${item.from}`)} </span>
              )}
              <button
                type="button"
                className="spot-button"
                aria-pressed={tapped}
                aria-disabled={isLocked(state, item.id) || undefined}
                aria-describedby={describedBy || undefined}
                data-mark={verdict ?? undefined}
                onClick={() => update(toggleOption(state, item.id))}
              >
                {item.as === 'picture' && <PictureFrame label={t('activity.spotPicture')} />}{' '}
                <MarkedLabel className="spot-text" item={item} verdict={verdict} markId={markId} index={i} />
              </button>
              {explained && <Explain nodes={item.explain} verdict={verdict} id={explainId} />}
            </li>
          );
        })}
      </ul>
      {!state.done && (
        <CheckButton
          disabled={state.selected.length === 0}
          onClick={() => check(checkSpot(exercise, state))}
        />
      )}
      <Feedback takesFocus>
        <Outcome exercise={exercise} state={state} revealKey={state.checks} />
      </Feedback>
    </div>
  );
}
