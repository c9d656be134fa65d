// URL names the site used before it gave each concept one name: the days until back to work is
// `downtimeDays` on /procedures and /plan alike, and sorting by it is `sort=downtime` on
// /procedures and /bookmarks. Old links keep working: the parsers read the old names, and
// proxy.ts answers a page address that uses one with a permanent redirect to the current name.
// Free of imports: the proxy runs it on every request.

const RENAMED_KEYS: Readonly<Record<string, string>> = { recoveryMaxDays: 'downtimeDays' };
const RENAMED_SORTS: Readonly<Record<string, string>> = { recovery: 'downtime' };

/** Which renamed names each page's address can carry. */
const PAGES: Readonly<Record<string, { keys: boolean }>> = { '/procedures': { keys: true }, '/bookmarks': { keys: false } };

/** Links the site made are short; a longer address is rendered as it is rather than echoed into a Location header. */
const MAX_REDIRECT_QUERY_LENGTH = 2048;

/** A sort value under its current name. */
export function currentSortName(value: unknown): unknown {
  return typeof value === 'string' && Object.hasOwn(RENAMED_SORTS, value) ? RENAMED_SORTS[value] : value;
}

/**
 * The query with old names replaced (a current name already present wins), or null if none was
 * old. `keys: false` renames only sort values (a page without the list's filters).
 */
export function renameLegacyQuery(params: URLSearchParams, { keys = true } = {}): URLSearchParams | null {
  let changed = false;
  const renamed = new URLSearchParams();
  for (const [key, value] of params) {
    const current = keys && Object.hasOwn(RENAMED_KEYS, key) ? RENAMED_KEYS[key]! : key;
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

/** Where a page address with an old name should redirect to (its query), or null to render it as it is. */
export function legacyRedirectQuery(pathname: string, params: URLSearchParams): string | null {
  const page = Object.hasOwn(PAGES, pathname) ? PAGES[pathname] : undefined;
  const renamed = page ? renameLegacyQuery(params, page) : null;
  const query = renamed?.toString();
  return query !== undefined && query.length <= MAX_REDIRECT_QUERY_LENGTH ? query : null;
}
