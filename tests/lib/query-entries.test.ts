import { describe, expect, it } from 'vitest';
import { toRawQuery } from '@/lib/http/query-entries';
import { parsePlanParamsLenient } from '@/lib/planner/schema';
import { getNoticeText } from '@/lib/procedures/list/notice-text';
import { parseListParamsLenient } from '@/lib/procedures/list/search-params';

describe('toRawQuery', () => {
  it('reads keys named like Object.prototype members as plain data', () => {
    const repeatable = new Set(['concern']);
    // What Next's searchParams holds for ?toString=x&constructor=y: the inherited member first.
    const fromNext = { toString: [Object.prototype.toString, 'x'], constructor: [Object, 'y'], concern: 'acne' } as unknown as Record<
      string,
      string[]
    >;
    expect(toRawQuery(fromNext, repeatable)).toEqual({ toString: 'x', constructor: 'y', concern: ['acne'] });
    expect(toRawQuery(new URLSearchParams('toString=x&hasOwnProperty=z&valueOf='), repeatable)).toEqual({
      toString: 'x',
      hasOwnProperty: 'z',
    });
    expect(Object.keys(toRawQuery(new URLSearchParams('__proto__=v'), repeatable))).toEqual(['__proto__']);
  });

  it('keeps the first value of a single key and every value of a repeatable one', () => {
    const raw = toRawQuery(new URLSearchParams('sort=cost&sort=name&concern=acne,scars&concern=wrinkles'), new Set(['concern']));
    expect(raw).toEqual({ sort: 'cost', concern: ['acne', 'scars', 'wrinkles'] });
  });

  it('makes the page parsers report prototype-named keys as unknown, with their own name', () => {
    const list = parseListParamsLenient({ toString: 'x', __proto__: 'v' } as unknown as Record<string, string>);
    expect(list.notices.map((notice) => getNoticeText(notice, undefined).text)).toContain(
      '“toString” is not a filter we know, so it was ignored.',
    );
    const plan = parsePlanParamsLenient(new URLSearchParams('constructor=y&__proto__=v'));
    expect(plan.notices.map((notice) => notice.field)).toEqual(['constructor', '__proto__']);
  });
});
