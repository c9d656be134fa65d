import { MAX_COMPARE, MIN_COMPARE } from '../compare/limits';

// What people are told after a bookmark action. Codes travel in URLs (?status=…, ?error=…) and
// action results; the words live only here, so no URL can put arbitrary text on the page.

export const ERROR_CODES = [
  'invalid-input',
  'unknown-procedure',
  'not-saved',
  'rate-limited',
  'confirm-required',
  'undo-expired',
  'compare-too-many',
  'compare-too-few',
  'nothing-to-share',
] as const;
export type BookmarkErrorCode = (typeof ERROR_CODES)[number];

export const STATUS_CODES = ['note-saved', 'note-cleared', 'restored', 'all-removed', 'share-created', 'share-revoked'] as const;
export type BookmarkStatusCode = (typeof STATUS_CODES)[number];

export const RATE_LIMIT_MESSAGE = 'Too many changes in a short time. Please try again in a minute.';

export const ERROR_MESSAGES: Record<BookmarkErrorCode, string> = {
  'invalid-input': 'That request was not understood, so nothing was changed.',
  'unknown-procedure': 'We have no such procedure in our catalog, so nothing was saved.',
  'not-saved': 'That procedure is not in your saved list, so nothing was changed.',
  'rate-limited': RATE_LIMIT_MESSAGE,
  'confirm-required': 'Nothing was removed: please confirm that you want to remove everything.',
  'undo-expired': 'That removal can no longer be undone. You can save the procedure again from its page.',
  'compare-too-many': `You can compare up to ${MAX_COMPARE} procedures at once. Untick some and try again.`,
  'compare-too-few': `Tick at least ${MIN_COMPARE} saved procedures to compare them.`,
  'nothing-to-share': 'Save a procedure first, then you can share your list.',
};

export const STATUS_MESSAGES: Record<BookmarkStatusCode, string> = {
  'note-saved': 'Note saved.',
  'note-cleared': 'Note removed.',
  restored: 'Put back in your saved list, with its note.',
  'all-removed': 'Your saved list is now empty.',
  'share-created': 'Your read-only link is ready. Anyone with it can see the procedures you saved, but not your notes.',
  'share-revoked': 'Sharing stopped. The old link no longer works.',
};
