/**
 * A choose-all, spot-the-red-flag or order question, played with the workbook's activity kit: the same
 * tapping, moving, marks, hints and explanations a younger child already knows, in the teen's own look. The
 * question is right when it was right at the first check; the teen can keep going until it is all right.
 */
import { useMemo } from 'react';
import { Blocks } from '../../content/render.tsx';
import type { Question, QuestionOf } from '../../content/netRulesSchema.ts';
import type { Exercise } from '../../content/workbookSchema.ts';
import { ExerciseActivity } from '../workbook/index.ts';

export type TaskKind = Exclude<Question['type'], 'choice'>;

/** The question as the workbook exercise that plays it (no title, hint or summary of its own). */
export function asExercise(question: QuestionOf<TaskKind>): Exercise {
  const common = {
    kind: 'exercise' as const,
    id: question.id,
    number: 1,
    title: '',
    instructions: [],
    opinion: false,
    hint: [],
    feedback: [],
  };
  const own = ({
    id,
    label,
    explain,
  }: {
    id: string;
    label: Exercise['items'][number]['label'];
    explain: Exercise['items'][number]['explain'];
  }) => ({ id, label, explain });
  switch (question.type) {
    case 'multi':
      return {
        ...common,
        type: 'multi',
        items: question.options.map((o) => ({ ...own(o), correct: o.correct })),
      };
    case 'chat':
      return {
        ...common,
        type: 'spot',
        look: 'chat',
        items: question.options.map((o) => ({ ...own(o), flag: o.flag, from: o.from })),
      };
    case 'order':
      return {
        ...common,
        type: 'order',
        items: question.options.map((o) => (o.anywhere ? { ...own(o), anywhere: true as const } : own(o))),
      };
  }
}

export function TaskQuestion(props: { question: QuestionOf<TaskKind>; onDone: (right: boolean) => void }) {
  const exercise = useMemo(() => asExercise(props.question), [props.question]);
  return (
    <div className={`question task task-${props.question.type}`}>
      <div className="question-prompt">
        <Blocks nodes={props.question.prompt} />
      </div>
      <ExerciseActivity exercise={exercise} onComplete={({ firstTry }) => props.onDone(firstTry)} />
    </div>
  );
}
