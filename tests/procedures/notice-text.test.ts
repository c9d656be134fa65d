import { describe, expect, it } from 'vitest';
import { getNoticeText } from '@/lib/procedures/list/notice-text';
import { parseListParamsLenient } from '@/lib/procedures/list/search-params';

describe('getNoticeText', () => {
  it('says what was received and what the page did instead, for each bad field', () => {
    const raw = { downtimeDays: 'abc', sort: 'nope', page: '-3', colour: 'red' };
    const { notices } = parseListParamsLenient(raw);
    const texts = notices.map((notice) => getNoticeText(notice, raw[notice.field as keyof typeof raw]).text);
    expect(texts).toEqual([
      '“abc” is not a whole number of days, so no recovery limit is applied.',
      '“nope” is not a sort order we offer, so results are sorted by shortest recovery.',
      '“-3” is not a page number (1 or more), so page 1 is shown.',
      '“colour” is not a filter we know, so it was ignored.',
    ]);
  });

  it('shortens long values and joins lists', () => {
    expect(getNoticeText({ field: 'q', message: '' }, 'x'.repeat(120)).text).toMatch(/^“x{39}…” is not a search text/);
    expect(getNoticeText({ field: 'category', message: '' }, ['surgery', 'magic']).text).toBe(
      '“surgery, magic” is not a category we list, so the category filter was ignored.',
    );
  });
});
