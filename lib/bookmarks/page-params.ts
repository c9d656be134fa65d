import { z } from 'zod';
import { slugSchema } from '../procedures/slug';
import { ERROR_CODES, STATUS_CODES, type BookmarkErrorCode, type BookmarkStatusCode } from './messages';
import { sortSchema, type BookmarkSort } from './schema';

// The /bookmarks URL: sort, plus the one-shot outcome of the last action (status, error,
// removed) and the two-step "remove all" confirmation. Lenient: any URL renders.

type RawParams = Record<string, string | string[] | undefined>;

export type BookmarksPageParams = {
  sort: BookmarkSort;
  status?: BookmarkStatusCode;
  error?: BookmarkErrorCode;
  removed?: string;
  confirm?: 'remove-all';
  /** Slugs ticked for comparing before a refusal, so the ticks survive the round trip. */
  selected: string[];
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const schema = z.object({
  sort: sortSchema,
  status: z.enum(STATUS_CODES).optional().catch(undefined),
  error: z.enum(ERROR_CODES).optional().catch(undefined),
  removed: slugSchema.optional().catch(undefined),
  confirm: z.literal('remove-all').optional().catch(undefined),
  selected: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .filter((slug) => slugSchema.safeParse(slug).success)
        .slice(0, 40),
    )
    .catch([])
    .default([]),
});

export function parseBookmarksPageParams(raw: RawParams): BookmarksPageParams {
  const picked = Object.fromEntries(['sort', 'status', 'error', 'removed', 'confirm', 'selected'].map((key) => [key, first(raw[key])]));
  return schema.parse(picked);
}

export function bookmarksHref(params: Partial<BookmarksPageParams> = {}, fragment?: string): string {
  const query = new URLSearchParams();
  if (params.sort && params.sort !== 'date') query.set('sort', params.sort);
  if (params.status) query.set('status', params.status);
  if (params.error) query.set('error', params.error);
  if (params.removed) query.set('removed', params.removed);
  if (params.confirm) query.set('confirm', params.confirm);
  if (params.selected && params.selected.length > 0) query.set('selected', params.selected.join(','));
  const search = query.toString().replace(/%2C/g, ',');
  return `/bookmarks${search ? `?${search}` : ''}${fragment ? `#${fragment}` : ''}`;
}
