import { MAX_COMPARE, MIN_COMPARE } from './url';
import type { CompareSelection } from './schema';

// What we tell people about the parts of a /compare URL we could not use. The same notices go
// to the page and the API, so both explain a shared link the same way.

export type CompareNoticeKind = 'invalid' | 'over_limit' | 'unknown' | 'too_few';
export type CompareNotice = { kind: CompareNoticeKind; ids: string[]; message: string };

const MAX_NAMED = 5;
const MAX_ID_LENGTH = 40;

/** A token as it can be shown: control characters made visible, long ones shortened. */
export function displayId(token: string): string {
  // A NUL or other control character from the URL must not reach the HTML or the JSON as-is.
  const visible = token.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  return visible.length > MAX_ID_LENGTH ? `${visible.slice(0, MAX_ID_LENGTH)}…` : visible;
}

function nameList(ids: string[]): string {
  const named = ids.slice(0, MAX_NAMED).map((id) => `“${displayId(id)}”`);
  const rest = ids.length - named.length;
  if (rest > 0) return `${named.join(', ')} and ${rest} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
}

export function getCompareNotices(selection: CompareSelection, unknown: string[], foundCount: number): CompareNotice[] {
  const notices: CompareNotice[] = [];
  const { invalid, overLimit } = selection;
  if (invalid.length > 0) {
    notices.push({
      kind: 'invalid',
      ids: invalid.slice(0, MAX_NAMED).map(displayId),
      message: `Ignored ${invalid.length === 1 ? 'an id that is' : `${invalid.length} ids that are`} not a procedure name: ${nameList(invalid)}.`,
    });
  }
  if (overLimit.length > 0) {
    notices.push({
      kind: 'over_limit',
      ids: overLimit,
      message: `You can compare up to ${MAX_COMPARE} procedures at once, so ${nameList(overLimit)} ${overLimit.length === 1 ? 'was' : 'were'} left out.`,
    });
  }
  if (unknown.length > 0) {
    notices.push({
      kind: 'unknown',
      ids: unknown,
      message: `We have no procedure called ${nameList(unknown)} in our catalog, so ${unknown.length === 1 ? 'it was' : 'they were'} left out.`,
    });
  }
  if (foundCount < MIN_COMPARE) {
    notices.push({
      kind: 'too_few',
      ids: [],
      message:
        foundCount === 0
          ? `Choose at least ${MIN_COMPARE} procedures to compare.`
          : `Choose at least one more procedure to compare with this one.`,
    });
  }
  return notices;
}
