/** The kinds of Net Rules question, as content names them (`::::question{#id type="multi"}`). */
export const QUESTION_TYPES = ['choice', 'multi', 'chat', 'order'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
