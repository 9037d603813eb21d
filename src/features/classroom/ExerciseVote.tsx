/**
 * The class vote on a workbook exercise, as its type has it (see ClassVote): by the options' letters, true or
 * false, or which bin. Letters alone keep the tally short: the options with their words are right above it.
 */
import { useTranslation } from '../../i18n/index.ts';
import { Inlines } from '../../content/render.tsx';
import type { ClassVote } from './answers.ts';
import { VoteTally, type VoteOption } from './VoteTally.tsx';

export function ExerciseVote({ vote }: { vote: ClassVote }) {
  const { t } = useTranslation('classroom');
  const options: VoteOption[] =
    vote.kind === 'letters'
      ? Array.from({ length: vote.count }, (_, i) => ({ id: `option-${i}` }))
      : vote.kind === 'truth'
        ? [
            { id: 'true', label: t('answers.true') },
            { id: 'false', label: t('answers.false') },
          ]
        : vote.bins.map((bin) => ({ id: bin.id, label: <Inlines nodes={bin.label} /> }));
  return <VoteTally options={options} lettered={vote.kind === 'letters'} compact />;
}
