/**
 * Classroom mode, as the other features use it: whether it is on, how much of the answer is revealed and
 * whether the notes are open, what a page offers the teacher's bar (useLesson), the presenter keys and
 * on-screen navigation, the class vote and the options' letters, the reveal's status and answer list, and the
 * switch for Settings and the grown-ups area. Import these from here, never from the files behind them.
 */
export { useClassroom, useLesson, type Classroom } from './useClassroom.ts';
export { usePresenterKeys, type PresenterActions } from './usePresenterKeys.ts';
export { useRevealScroll } from './useRevealScroll.ts';
export { PresenterNav } from './PresenterNav.tsx';
export { VoteTally, type VoteOption } from './VoteTally.tsx';
export { ExerciseVote } from './ExerciseVote.tsx';
export { OptionLetter } from './OptionLetter.tsx';
export { RevealStatus } from './RevealStatus.tsx';
export { AnswerTag } from './AnswerTag.tsx';
export { ClassroomAnswers } from './ClassroomAnswers.tsx';
export type { Answer, AnswerLine, ClassVote, ExerciseAnswers } from './answers.ts';
export { ClassroomToggle } from './ClassroomToggle.tsx';
