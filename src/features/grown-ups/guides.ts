/** The grown-ups area's pages and guides, by the ids used in its URLs (`/{locale}/grown-ups/{id}/`). */
export const GUIDE_IDS = ['for-parents', 'for-educators', 'help-and-reporting', 'privacy'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export function isGuideId(id: string): id is GuideId {
  return (GUIDE_IDS as readonly string[]).includes(id);
}

export const TEACHER_NOTES = 'teacher-notes';
export const DATA = 'data';
export const SEATS = 'seats';
export const CLASS_VIEW = 'class';
export const PRINTABLES = 'printables';
