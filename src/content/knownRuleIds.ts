/**
 * This build's Net Rules rule ids, for the store's migrations at start-up. Apart from knownIds.ts so that the
 * app's first load does not carry every story option and exercise item id an import needs.
 */
import ids from 'virtual:sango-rule-ids';

export const RULE_IDS: readonly string[] = ids;
