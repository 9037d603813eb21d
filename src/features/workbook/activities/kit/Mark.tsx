/**
 * "Correct" with a star, or "Not this one" with a thought bubble: a word and a shape, never colour alone.
 * Inside a control that has its own name (an option, a message), give it an `id` and point the control's
 * aria-describedby at it: the mark is then read as the control's description, not as part of its name.
 */
import { Inlines } from '../../../../content/render.tsx';
import type { Inline } from '../../../../content/richText.ts';
import { useTranslation } from '../../../../i18n/index.ts';
import type { Verdict } from './attempt.ts';
import { StarIcon, ThinkIcon } from '../../../../ui/icons.tsx';
import { OptionLetter } from '../../../classroom/index.ts';

export function Mark({ verdict, id }: { verdict: Verdict; id?: string }) {
  const { t } = useTranslation('workbook');
  return (
    <span className={`act-mark ${verdict}`} id={id} aria-hidden={id ? true : undefined}>
      {verdict === 'right' ? <StarIcon /> : <ThinkIcon />}
      <span>{verdict === 'right' ? t('activity.right') : t('activity.notRight')}</span>
    </span>
  );
}

/**
 * An option's or a message's words and, once judged, its mark (the control points aria-describedby at
 * `markId`). On the projector, the letter of its place (`index`) goes before it, for the class to call out.
 */
export function MarkedLabel(props: {
  className: string;
  item: { label: readonly Inline[] };
  verdict: Verdict | null;
  markId: string;
  index: number;
}) {
  return (
    <>
      <OptionLetter index={props.index} />
      <span className={props.className}>
        <Inlines nodes={props.item.label} />
      </span>
      {props.verdict && <Mark verdict={props.verdict} id={props.markId} />}
    </>
  );
}
