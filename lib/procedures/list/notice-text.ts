import type { ListRegistry } from './filter-kinds';
import { LIST_REGISTRY } from './filter-registry';
import type { ParamNotice } from './search-params';

// Plain-English wording for the URL parts parseListParamsLenient could not use. The parser's
// messages are written for developers ("Invalid option: expected one of ..."); visitors need to
// know what they typed, and what the page did instead. Each field's wording is in the registry.

export type NoticeText = { field: string; text: string };

function quote(raw: string | string[] | undefined): string {
  const values = (Array.isArray(raw) ? raw : [raw ?? '']).filter((v) => v !== '');
  const shown = values.join(', ');
  // Long values (a pasted paragraph) are cut: the point is recognising it, not reading it back.
  return `“${shown.length > 40 ? `${shown.slice(0, 39)}…` : shown}”`;
}

/** "“abc” is not a whole number of days, so no recovery limit is applied." */
export function getNoticeText(notice: ParamNotice, raw: string | string[] | undefined, registry: ListRegistry = LIST_REGISTRY): NoticeText {
  const wording = registry.byKey.get(notice.field)?.notice;
  if (!wording) {
    return { field: notice.field, text: `“${notice.field}” is not a filter we know, so it was ignored.` };
  }
  return { field: notice.field, text: `${quote(raw)} is not a ${wording.what}, so ${wording.fallback}.` };
}
