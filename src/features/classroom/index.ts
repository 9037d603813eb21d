/**
 * Classroom mode, as the other features use it: whether it is on and whether the answer is revealed, the
 * presenter keys and on-screen navigation, the class vote, the reveal's status and answer list, and the
 * switch for Settings and the grown-ups area. Import these from here, never from the files behind them.
 */
export { useClassroom, type Classroom } from './useClassroom.ts';
export { usePresenterKeys, type PresenterActions } from './usePresenterKeys.ts';
export { PresenterNav } from './PresenterNav.tsx';
export { VoteTally, type VoteOption } from './VoteTally.tsx';
export { RevealStatus } from './RevealStatus.tsx';
export { AnswerTag } from './AnswerTag.tsx';
export { ClassroomAnswers } from './ClassroomAnswers.tsx';
export type { Answer, AnswerLine, ExerciseAnswers } from './answers.ts';
export { ClassroomToggle } from './ClassroomToggle.tsx';
