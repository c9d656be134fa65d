import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, toSearchString } from '@/lib/procedures/list/list-url';
import { parseListParamsLenient, parseListParamsStrict } from '@/lib/procedures/list/search-params';
import { legacyRedirectQuery, renameLegacyQuery } from '@/lib/procedures/list/legacy-names';

const qs = (query: string) => new URLSearchParams(query);

describe('list URL state', () => {
  it('gives defaults for an empty query', () => {
    const result = parseListParamsStrict(qs(''));
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ sort: 'downtime', page: 1, pageSize: DEFAULT_PAGE_SIZE, category: [] });
  });

  it('reads repeated and comma-separated multi-value filters alike', () => {
    const repeated = parseListParamsStrict(qs('category=surgery&category=chemical_peel'));
    const commas = parseListParamsStrict(qs('category=surgery,chemical_peel'));
    expect(repeated.data?.category).toEqual(['surgery', 'chemical_peel']);
    expect(commas.data?.category).toEqual(repeated.data?.category);
  });

  it('rejects bad values strictly, naming each field', () => {
    const result = parseListParamsStrict(qs('downtimeDays=abc&sort=nope&page=-3&category=magic&extra=1'));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['downtimeDays', 'sort', 'page', 'category']));
    expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
  });

  it('falls back to defaults leniently and reports what it dropped', () => {
    const { params, notices } = parseListParamsLenient(qs('downtimeDays=abc&sort=nope&page=-3&invasiveness=surgical'));
    expect(params).toMatchObject({ sort: 'downtime', page: 1, invasiveness: ['surgical'] });
    expect(params.downtimeDays).toBeUndefined();
    expect(notices.map((n) => n.field).sort()).toEqual(['downtimeDays', 'page', 'sort']);
  });

  it('accepts Next-style searchParams objects', () => {
    const { params, notices } = parseListParamsLenient({ downtimeDays: '2', risk: ['low', 'moderate'], q: undefined });
    expect(notices).toEqual([]);
    expect(params).toMatchObject({ downtimeDays: 2, risk: ['low', 'moderate'] });
  });

  it('treats blank values as no filter', () => {
    const { params, notices } = parseListParamsLenient(qs('q=&costMax=&category='));
    expect(notices).toEqual([]);
    expect(params.q).toBeUndefined();
    expect(params.costMax).toBeUndefined();
    expect(params.category).toEqual([]);
  });

  it('bounds page size', () => {
    expect(parseListParamsStrict(qs('pageSize=101')).success).toBe(false);
    expect(parseListParamsStrict(qs('pageSize=0')).success).toBe(false);
  });

  it('writes a canonical query string that parses back to the same params', () => {
    const { params } = parseListParamsLenient(qs('risk=moderate&risk=low&downtimeDays=7&sort=cost&page=1'));
    const text = toSearchString(params);
    expect(text).toBe('?downtimeDays=7&risk=low&risk=moderate&sort=cost');
    expect(parseListParamsStrict(qs(text.slice(1))).data).toEqual({ ...params, risk: ['low', 'moderate'] });
    expect(toSearchString(parseListParamsLenient(qs('')).params)).toBe('');
  });
});

describe('renamed URL names', () => {
  it('reads the old names (recoveryMaxDays, sort=recovery) as downtimeDays and sort=downtime', () => {
    const strict = parseListParamsStrict(qs('recoveryMaxDays=7&sort=recovery'));
    expect(strict.success && strict.data).toMatchObject({ downtimeDays: 7, sort: 'downtime' });
    const lenient = parseListParamsLenient({ recoveryMaxDays: '3', sort: 'recovery' });
    expect(lenient.params).toMatchObject({ downtimeDays: 3, sort: 'downtime' });
    expect(lenient.notices).toEqual([]);
  });

  it('lets the current name win when a link carries both, and says when nothing was old', () => {
    expect(renameLegacyQuery(qs('recoveryMaxDays=7&downtimeDays=2&q=laser'))?.toString()).toBe('downtimeDays=2&q=laser');
    expect(renameLegacyQuery(qs('downtimeDays=2&sort=cost'))).toBeNull();
  });

  it('redirects a page only for the names it carries, and only a link of a sensible length', () => {
    expect(legacyRedirectQuery('/procedures', qs('recoveryMaxDays=7&sort=recovery'))).toBe('downtimeDays=7&sort=downtime');
    expect(legacyRedirectQuery('/bookmarks', qs('sort=recovery&recoveryMaxDays=7'))).toBe('sort=downtime&recoveryMaxDays=7');
    expect(legacyRedirectQuery('/bookmarks', qs('recoveryMaxDays=7'))).toBeNull();
    expect(legacyRedirectQuery('/plan', qs('sort=recovery'))).toBeNull();
    expect(legacyRedirectQuery('/procedures', qs(`recoveryMaxDays=${'x'.repeat(3000)}`))).toBeNull();
  });
});
