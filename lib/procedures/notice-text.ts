import { ownEntry } from '../http/query-entries';
import type { ParamNotice } from './search-params';

// Plain-English wording for the URL parts parseListParamsLenient could not use. The parser's
// messages are written for developers ("Invalid option: expected one of ..."); visitors need to
// know what they typed, and what the page did instead.

type FieldWording = { what: string; fallback: string };

const WORDING: Record<string, FieldWording> = {
  q: { what: 'search text of at most 100 characters', fallback: 'the search was ignored' },
  recoveryMaxDays: { what: 'whole number of days', fallback: 'no recovery limit is applied' },
  costMax: { what: 'whole number of US dollars', fallback: 'no cost limit is applied' },
  specialty: { what: 'specialty we list', fallback: 'both specialties are shown' },
  invasiveness: { what: 'invasiveness level we list', fallback: 'the invasiveness filter was ignored' },
  category: { what: 'category we list', fallback: 'the category filter was ignored' },
  risk: { what: 'risk level we list', fallback: 'the risk filter was ignored' },
  concern: { what: 'concern we list', fallback: 'the concern filter was ignored' },
  area: { what: 'body area we list', fallback: 'the body-area filter was ignored' },
  sort: { what: 'sort order we offer', fallback: 'results are sorted by shortest recovery' },
  page: { what: 'page number (1 or more)', fallback: 'page 1 is shown' },
  pageSize: { what: 'page size from 1 to 100', fallback: 'the usual page size is used' },
};

export type NoticeText = { field: string; text: string };

function quote(raw: string | string[] | undefined): string {
  const values = (Array.isArray(raw) ? raw : [raw ?? '']).filter((v) => v !== '');
  const shown = values.join(', ');
  // Long values (a pasted paragraph) are cut: the point is recognising it, not reading it back.
  return `“${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}”`;
}

/** "“abc” is not a whole number of days, so no recovery limit is applied." */
export function getNoticeText(notice: ParamNotice, raw: string | string[] | undefined): NoticeText {
  const wording = ownEntry(WORDING, notice.field);
  if (!wording) {
    return { field: notice.field, text: `“${notice.field}” is not a filter we know, so it was ignored.` };
  }
  return { field: notice.field, text: `${quote(raw)} is not a ${wording.what}, so ${wording.fallback}.` };
}
