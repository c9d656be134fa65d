import { MAX_COMPARE, MIN_COMPARE } from '../compare/url';
import { MAX_TREATMENT, MIN_TREATMENT } from '@/lib/planner/treatment-url';
import type { ApiErrorCode } from '../http/errors';
import { TRANSFER_TTL_MINUTES } from './transfer-code';

// What people are told after a bookmark action. Codes travel in URLs (?status=…, ?error=…) and
// action results; the words live only here, so no URL can put arbitrary text on the page.

export const RATE_LIMIT_MESSAGE = 'Too many changes in a short time. Please try again in a minute.';

/**
 * Every bookmark error, once: the code the store, commands, actions and /bookmarks URLs all use,
 * the words people see, and the code the JSON API answers with (its status follows from that,
 * lib/http/errors.ts). The API keeps its established codes: an unknown procedure is `not_found`
 * there, as on GET /api/procedures/{slug}; invalid input is `invalid_parameters` on every route.
 */
export const BOOKMARK_ERRORS = {
  'invalid-input': { api: 'invalid_parameters', message: 'That request was not understood, so nothing was changed.' },
  'unknown-procedure': { api: 'not_found', message: 'We have no such procedure in our catalog, so nothing was saved.' },
  'not-saved': { api: 'not_saved', message: 'That procedure is not in your saved list, so nothing was changed.' },
  'rate-limited': { api: 'rate_limited', message: RATE_LIMIT_MESSAGE },
  unavailable: { api: 'unavailable', message: 'The server could not be reached. Check your connection and try again.' },
  'confirm-required': {
    api: 'invalid_parameters',
    message: 'Nothing was removed: please confirm that you want to remove everything.',
  },
  'undo-expired': {
    api: 'not_found',
    message: 'That removal can no longer be undone. You can save the procedure again from its page.',
  },
  'compare-too-many': {
    api: 'invalid_parameters',
    message: `You can compare up to ${MAX_COMPARE} procedures at once. Untick some and try again.`,
  },
  'compare-too-few': { api: 'invalid_parameters', message: `Tick at least ${MIN_COMPARE} saved procedures to compare them.` },
  'plan-too-many': {
    api: 'invalid_parameters',
    message: `A treatment plan takes ${MIN_TREATMENT} or ${MAX_TREATMENT} procedures. Untick some and try again.`,
  },
  'nothing-to-share': { api: 'not_found', message: 'Save a procedure first, then you can share your list.' },
  'nothing-to-move': { api: 'not_found', message: 'Save a procedure first, then you can move your list to another device.' },
  'transfer-malformed': {
    api: 'invalid_parameters',
    message: 'A transfer code is 12 letters and digits, like ABCD-EFGH-JKMN. Check it on the other device.',
  },
  'transfer-unknown': { api: 'not_found', message: 'That code is not one we know. Check it on the other device, or make a new one there.' },
  'transfer-used': { api: 'code_used', message: 'That code has already been used. Make a new one on the other device.' },
  'transfer-expired': {
    api: 'code_expired',
    message: `That code has expired (codes last ${TRANSFER_TTL_MINUTES} minutes). Make a new one on the other device.`,
  },
  'share-gone': { api: 'not_found', message: 'That shared list is no longer available: its owner stopped sharing it.' },
  'invalid-file': { api: 'invalid_parameters', message: 'That file could not be imported, so nothing was changed.' },
} as const satisfies Record<string, { api: ApiErrorCode; message: string }>;

export type BookmarkErrorCode = keyof typeof BOOKMARK_ERRORS;

export const ERROR_CODES = Object.keys(BOOKMARK_ERRORS) as [BookmarkErrorCode, ...BookmarkErrorCode[]];

export const ERROR_MESSAGES = Object.fromEntries(ERROR_CODES.map((code) => [code, BOOKMARK_ERRORS[code].message])) as Record<
  BookmarkErrorCode,
  string
>;

export const STATUS_CODES = [
  'notes-saved',
  'notes-missing',
  'restored',
  'all-removed',
  'share-created',
  'share-revoked',
  'imported',
  'transferred',
  'kept-shared',
] as const;
export type BookmarkStatusCode = (typeof STATUS_CODES)[number];

export const STATUS_MESSAGES: Record<BookmarkStatusCode, string> = {
  'notes-saved': 'Notes saved.',
  'notes-missing': 'Notes saved, except on a procedure no longer in your list (removed in another tab or window).',
  restored: 'Put back in your saved list, with its note.',
  'all-removed': 'Your saved list is now empty.',
  'share-created': 'Your read-only link is ready. Anyone with it can see the procedures you saved, but not your notes.',
  'share-revoked': 'Sharing stopped. The old link no longer works.',
  imported: 'Imported. Procedures you already had kept their notes.',
  transferred: 'Your list from the other device is here, merged with this one. Notes you already had were kept.',
  'kept-shared': 'Saved to your list. Procedures you already had kept your notes.',
};

// The bookmark toggle's visible word. The server renders "Save" (it never knows the visitor's
// state); the page's controller (bookmark-toggles.ts) switches it, and says "Saved" only once
// the server has answered: until then the request's own word.
export const BOOKMARK_TOGGLE_LABELS = { saved: 'Saved', unsaved: 'Save', saving: 'Saving…', removing: 'Removing…' } as const;
