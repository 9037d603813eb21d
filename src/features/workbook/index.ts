/**
 * What other features may use of the workbook: its activities by exercise (the Net Rules challenge plays its
 * choose-all, spot-the-flag and order questions with them) and their answers.
 */
export { answersOf, ExerciseActivity } from './activities/registry.tsx';
