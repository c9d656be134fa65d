import { compareHref } from '../compare/url';

// The comparison's consultation pack lives beside it and reads the same `ids` list.

export const SAVED_PACK_HREF = '/bookmarks/pack';

export function packHref(slugs: readonly string[]): string {
  return compareHref(slugs).replace(/^\/compare/, '/compare/pack');
}
