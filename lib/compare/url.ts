// The /compare address: how many procedures it takes, and how its links are built. Slugs are
// already URL-safe ([a-z0-9-]), so commas stay literal and a shared address stays readable.

export type CompareHrefOptions = {
  /** Only the rows that differ (`only=diff`): a view of the full table, so it implies `details`. */
  onlyDiff?: boolean;
  /** The full table of details and sources (`view=details`), one link away from the key differences. */
  details?: boolean;
};

export function compareHref(slugs: readonly string[], options: CompareHrefOptions = {}): string {
  const params: string[] = [];
  if (slugs.length > 0) params.push(`ids=${slugs.map(encodeURIComponent).join(',')}`);
  if (options.onlyDiff) params.push('only=diff');
  else if (options.details) params.push('view=details');
  return params.length > 0 ? `/compare?${params.join('&')}` : '/compare';
}

// Shared by the URL schema, the tray and the page. Four columns is what still reads side by side
// on a laptop and scrolls sensibly on a phone.
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;
