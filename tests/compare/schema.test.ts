import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickBest } from '@/lib/compare/best';
import { MAX_COMPARE, compareHref } from '@/lib/compare/url';
import { displayId, getCompareNotices } from '@/lib/compare/notices';
import { parseCompareApiParams, parseCompareParams } from '@/lib/compare/schema';

const page = (query: string) => parseCompareParams(new URLSearchParams(query));

describe('parseCompareParams (page, lenient)', () => {
  it('splits on commas, trims, drops empties and collapses duplicates', () => {
    expect(page('ids= botox ,,facelift,botox,')).toMatchObject({ slugs: ['botox', 'facelift'], invalid: [], overLimit: [] });
  });

  it('accepts repeated ids params as well as commas', () => {
    expect(page('ids=botox&ids=facelift,lip-filler').slugs).toEqual(['botox', 'facelift', 'lip-filler']);
  });

  it('names malformed ids instead of failing', () => {
    const selection = page('ids=a,a,,%00,%3Cscript%3E,Botox');
    expect(selection.slugs).toEqual(['a']);
    expect(selection.invalid).toEqual(['\u0000', '<script>', 'Botox']);
  });

  it(`caps at ${MAX_COMPARE}, reporting the rest`, () => {
    const selection = page('ids=a,b,c,d,e,f');
    expect(selection.slugs).toEqual(['a', 'b', 'c', 'd']);
    expect(selection.overLimit).toEqual(['e', 'f']);
  });

  it('reads only=diff and ignores anything else', () => {
    expect(page('ids=a,b&only=diff').onlyDiff).toBe(true);
    expect(page('ids=a,b&only=all').onlyDiff).toBe(false);
    expect(page('').onlyDiff).toBe(false);
    expect(parseCompareParams({ ids: ['a', 'b'], only: ['diff', 'x'] })).toMatchObject({ slugs: ['a', 'b'], onlyDiff: true });
  });

  it('shows the full table for view=details or only=diff, the key differences otherwise', () => {
    expect(page('ids=a,b').details).toBe(false);
    expect(page('ids=a,b&view=details').details).toBe(true);
    expect(page('ids=a,b&only=diff').details).toBe(true);
    expect(page('ids=a,b&view=everything').details).toBe(false);
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (ids, only) => {
        const selection = parseCompareParams({ ids, only });
        expect(selection.slugs.length).toBeLessThanOrEqual(MAX_COMPARE);
        expect(new Set(selection.slugs).size).toBe(selection.slugs.length);
      }),
    );
  });
});

describe('parseCompareApiParams (API, strict)', () => {
  const api = (query: string) => parseCompareApiParams(new URLSearchParams(query));

  it('accepts valid ids and caps like the page', () => {
    const result = api('ids=a,b,c,d,e&only=diff');
    expect(result.success && result.data).toMatchObject({ slugs: ['a', 'b', 'c', 'd'], overLimit: ['e'], onlyDiff: true });
  });

  it('rejects malformed ids with an issue per bad id', () => {
    const result = api('ids=botox,%3Cscript%3E,%00');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual([
      ['ids', 1],
      ['ids', 2],
    ]);
  });

  it('requires ids and rejects unknown parameters', () => {
    const missing = api('');
    expect(missing.success).toBe(false);
    const extra = api('ids=a,b&foo=1');
    expect(extra.success).toBe(false);
    if (!extra.success) expect(extra.error.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('compare query reading', () => {
  it('reads a blank or repeated `only` alike on the page and in the API: the first value, refused unless "diff"', () => {
    expect(page('ids=a,b&only=').onlyDiff).toBe(false);
    expect(page('ids=a,b&only=x&only=diff').onlyDiff).toBe(false);
    expect(parseCompareApiParams(new URLSearchParams('ids=a,b&only=')).success).toBe(false);
    expect(parseCompareApiParams(new URLSearchParams('ids=a,b&only=diff&only=x')).success).toBe(true);
  });

  it('reads keys named like Object.prototype members as data, never as the object’s own members', () => {
    const fromNext = { toString: [Object.prototype.toString, 'x'], ids: 'botox,facelift' } as unknown as Record<string, string>;
    expect(parseCompareParams(fromNext)).toMatchObject({ slugs: ['botox', 'facelift'], onlyDiff: false });
    const api = parseCompareApiParams(new URLSearchParams('ids=a,b&__proto__=x'));
    expect(api.success).toBe(false);
    if (!api.success) expect(api.error.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('notices', () => {
  it('explains every dropped id, escaping nothing itself (React does) but neutralising control characters', () => {
    const selection = page('ids=%3Cscript%3E,%00,a,b,c,d,e');
    const notices = getCompareNotices(selection, ['a'], 3);
    expect(notices.map((notice) => notice.kind)).toEqual(['invalid', 'over_limit', 'unknown']);
    expect(notices[0]?.message).toContain('“<script>”');
    expect(notices[0]?.message).not.toContain('\u0000');
    expect(notices[1]?.message).toBe('You can compare up to 4 procedures at once, so “e” was left out.');
  });

  it('asks for more when fewer than two procedures are found', () => {
    expect(getCompareNotices(page('ids=botox'), [], 1).map((notice) => notice.kind)).toEqual(['too_few']);
    expect(getCompareNotices(page(''), [], 0)[0]?.message).toMatch(/at least 2/);
  });

  it('shortens very long ids', () => {
    expect(displayId('x'.repeat(100))).toHaveLength(41);
  });
});

describe('pickBest', () => {
  it('picks the lowest or highest, marking ties and skipping unknowns', () => {
    expect(pickBest([3, 1, 1, null], 'lowest', 0)).toEqual({ indexes: [], blockedByUnknown: true });
    expect(pickBest([3, 1, 1], 'lowest').indexes).toEqual([1, 2]);
    expect(pickBest([0, null], 'lowest', 0).indexes).toEqual([0]);
    expect(pickBest([2, 9, 9], 'highest').indexes).toEqual([1, 2]);
    expect(pickBest([null, null], 'lowest').indexes).toEqual([]);
    expect(pickBest([5], 'lowest').indexes).toEqual([]);
  });
});

describe('compareHref', () => {
  it('builds readable, shareable links', () => {
    expect(compareHref(['botox', 'facelift'])).toBe('/compare?ids=botox,facelift');
    expect(compareHref(['botox', 'facelift'], { onlyDiff: true })).toBe('/compare?ids=botox,facelift&only=diff');
    expect(compareHref([])).toBe('/compare');
    // The full table: only=diff is a view of it already.
    expect(compareHref(['botox', 'facelift'], { details: true })).toBe('/compare?ids=botox,facelift&view=details');
    expect(compareHref(['botox', 'facelift'], { details: true, onlyDiff: true })).toBe('/compare?ids=botox,facelift&only=diff');
  });

  it('round-trips through the parser', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((slug) => slug.length <= 80),
          { maxLength: MAX_COMPARE },
        ),
        fc.boolean(),
        (slugs, onlyDiff) => {
          const url = new URL(compareHref(slugs, { onlyDiff }), 'http://localhost');
          expect(parseCompareParams(url.searchParams)).toMatchObject({ slugs, onlyDiff, invalid: [] });
        },
      ),
    );
  });
});
