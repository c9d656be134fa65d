import { describe, expect, it } from 'vitest';
import { toListHref } from '@/lib/procedures/list/active-filters';
import { parseListParamsLenient } from '@/lib/procedures/list/search-params';

// The map is a view of the list: one more URL field, after the filters, omitted when it is the list.

describe('the view URL field', () => {
  it('reads map and list, keeps the filters, and falls back to the list with a notice', () => {
    const map = parseListParamsLenient(new URLSearchParams('view=map&invasiveness=surgical&downtimeDays=14'));
    expect(map.params.view).toBe('map');
    expect(map.notices).toEqual([]);
    expect(toListHref(map.params)).toBe('/procedures?downtimeDays=14&invasiveness=surgical&view=map');
    expect(toListHref({ ...map.params, view: 'list' })).toBe('/procedures?downtimeDays=14&invasiveness=surgical');

    const bad = parseListParamsLenient(new URLSearchParams('view=chart'));
    expect(bad.params.view).toBe('list');
    expect(bad.notices.map((notice) => notice.field)).toEqual(['view']);
  });
});
