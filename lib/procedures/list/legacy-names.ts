// URL names the site used before it gave each concept one name: the days until back to work is
// `downtimeDays` on /procedures and /plan alike, and sorting by it is `sort=downtime` on
// /procedures and /bookmarks. Old links keep working: the parsers read the old names, and
// proxy.ts answers a page address that uses one with a permanent redirect to the current name.
// Free of imports: the proxy runs it on every request.

const RENAMED_KEYS: Readonly<Record<string, string>> = { recoveryMaxDays: 'downtimeDays' };
const RENAMED_SORTS: Readonly<Record<string, string>> = { recovery: 'downtime' };

/** The pages whose addresses carry these names (the API reads them too, without redirecting). */
export const PAGES_WITH_RENAMED_NAMES = ['/procedures', '/bookmarks'];

/** A sort value under its current name. */
export function currentSortName(value: unknown): unknown {
  return typeof value === 'string' && Object.hasOwn(RENAMED_SORTS, value) ? RENAMED_SORTS[value] : value;
}

/** The query with old names replaced (a current name already present wins), or null if none was old. */
export function renameLegacyQuery(params: URLSearchParams): URLSearchParams | null {
  let changed = false;
  const renamed = new URLSearchParams();
  for (const [key, value] of params) {
    const current = Object.hasOwn(RENAMED_KEYS, key) ? RENAMED_KEYS[key]! : key;
    if (current !== key) {
      changed = true;
      if (params.has(current)) continue;
    }
    const currentValue = current === 'sort' ? String(currentSortName(value)) : value;
    if (currentValue !== value) changed = true;
    renamed.append(current, currentValue);
  }
  return changed ? renamed : null;
}
