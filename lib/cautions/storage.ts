import { createLocalStore } from '../browser/local-store';
import { CONDITION_IDS, type ConditionId } from './conditions';

// What the visitor ticked in "About me", kept in this browser's localStorage only. Health
// conditions never go into a URL, a cookie, a request body or the database.

export const ABOUT_ME_STORAGE_KEY = 'procedure-compare:about-me';

/**
 * Lenient: unknown ids (from an older list) are dropped, anything malformed reads as nothing
 * ticked. Checked by hand rather than with zod: this runs in the browser on every page with the
 * panel, and zod would add ~30 KB gzip to each of them.
 */
export function parseConditions(raw: string | null): ConditionId[] {
  try {
    const value: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(value) ? CONDITION_IDS.filter((id) => value.includes(id)) : [];
  } catch {
    return [];
  }
}

/** In the fixed order; nothing ticked removes the key. */
function serializeConditions(ids: readonly ConditionId[]): string | null {
  return ids.length === 0 ? null : JSON.stringify(CONDITION_IDS.filter((id) => ids.includes(id)));
}

const store = createLocalStore<readonly ConditionId[]>({
  key: ABOUT_ME_STORAGE_KEY,
  parse: parseConditions,
  serialize: serializeConditions,
});

/** The ticked conditions as a store, for useLocalStore: null on the server and during hydration
    (the panel shows its no-JavaScript state), then the same array until storage changes. */
export const conditionsStore = store;
export const getConditionsSnapshot = store.getSnapshot;
export const setConditions = store.set;
