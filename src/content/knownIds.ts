/** This build's content ids (see contentIds.ts), a few kilobytes, loaded only where an import is read. */
import ids from 'virtual:sango-ids';
import type { ContentIds } from './contentIds.ts';

export const CONTENT_IDS: ContentIds = ids;
