import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '@/lib/consultation/csv';
import { bookmarksHref, parseBookmarksPageParams } from '@/lib/bookmarks/page-params';
import { addRefererQuery, refererPath, safeReturnTo, withFragment } from '@/lib/bookmarks/return-to';
import { noteSchema } from '@/lib/bookmarks/schema';
import { createToken, hashToken, isWellFormedToken } from '@/lib/bookmarks/server/tokens';
import { UNDO_COOKIE_NAMES, decodeUndo, encodeUndo } from '@/lib/bookmarks/undo';
import { isHttpsRequest, readCookie, requestOrigin, visitorIdFromToken } from '@/lib/bookmarks/server/visitor';

describe('csv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(14)).toBe('14');
  });

  it('defuses spreadsheet formulas with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2 kg')).toBe("'-2 kg");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a BOM and CRLF rows', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', null],
      ]),
    ).toBe('\uFEFFa,b\r\nc,\r\n');
  });
});

describe('safeReturnTo', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeReturnTo('/procedures?downtimeDays=2&sort=cost', '/x')).toBe('/procedures?downtimeDays=2&sort=cost');
    expect(safeReturnTo('/procedures/botox#frag', '/x')).toBe('/procedures/botox');
  });

  it('refuses anything that could leave the site', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'procedures',
      '',
      undefined,
      42,
      `/${'a'.repeat(3000)}`,
    ]) {
      expect(safeReturnTo(value, '/fallback'), String(value)).toBe('/fallback');
    }
  });

  it('takes the query back from a same-host, same-path Referer only', () => {
    const referer = 'http://shop.example/procedures?downtimeDays=2&sort=cost';
    expect(addRefererQuery('/procedures', referer, 'shop.example')).toBe('/procedures?downtimeDays=2&sort=cost');
    expect(addRefererQuery('/procedures', referer, 'other.example')).toBe('/procedures');
    expect(addRefererQuery('/procedures/botox', referer, 'shop.example')).toBe('/procedures/botox');
    expect(addRefererQuery('/procedures', null, 'shop.example')).toBe('/procedures');
    expect(addRefererQuery('/procedures', 'not a url', 'shop.example')).toBe('/procedures');
  });

  it('goes back to the page a form was posted from, on this host only', () => {
    expect(refererPath('http://shop.example/concerns/wrinkles?x=1#top', 'shop.example')).toBe('/concerns/wrinkles?x=1');
    expect(refererPath('http://other.example/procedures', 'shop.example')).toBeNull();
    expect(refererPath('http://shop.example//evil.example/x', 'shop.example')).toBeNull();
    expect(refererPath(null, 'shop.example')).toBeNull();
    expect(refererPath('not a url', 'shop.example')).toBeNull();
    expect(refererPath('http://shop.example/plan', null)).toBeNull();
  });

  it('adds an encoded fragment', () => {
    expect(withFragment('/procedures/botox', 'bookmark-saved-botox')).toBe('/procedures/botox#bookmark-saved-botox');
  });
});

describe('notes', () => {
  it('trims, normalises CRLF and treats blank as no note', () => {
    expect(noteSchema.parse('  hi\r\nthere  ')).toBe('hi\nthere');
    expect(noteSchema.parse(' \n ')).toBeNull();
    expect(noteSchema.safeParse('x'.repeat(1001)).success).toBe(false);
    expect(noteSchema.safeParse(` ${'x'.repeat(1000)} `).success).toBe(true);
  });
});

describe('tokens and cookies', () => {
  it('creates 256-bit base64url tokens and hashes them for storage', () => {
    const token = createToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(createToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(visitorIdFromToken(token)).toBe(hashToken(token));
    expect(visitorIdFromToken('not a token')).toBeNull();
    expect(isWellFormedToken(`${token}=`)).toBe(false);
  });

  it('reads a cookie from a Cookie header', () => {
    expect(readCookie('a=1; pc_visitor=abc; b=2', 'pc_visitor')).toBe('abc');
    expect(readCookie('xpc_visitor=abc', 'pc_visitor')).toBeUndefined();
    expect(readCookie(null, 'pc_visitor')).toBeUndefined();
  });

  it('marks cookies Secure only over https', () => {
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'https, http' }))).toBe(true);
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'http' }), 'https://a.example/')).toBe(false);
    expect(isHttpsRequest(new Headers(), 'https://a.example/')).toBe(true);
    expect(isHttpsRequest(new Headers(), 'http://a.example/')).toBe(false);
    expect(requestOrigin(new Headers({ host: 'a.example', 'x-forwarded-proto': 'https' }))).toBe('https://a.example');
  });
});

describe('undo cookie', () => {
  it('round-trips a removal, splitting a long note over several cookies', () => {
    const payload = { slug: 'botox', note: '漢'.repeat(1000), savedAt: '2026-11-01T10:00:00.000Z' };
    const chunks = encodeUndo(payload);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.length).toBeLessThanOrEqual(UNDO_COOKIE_NAMES.length);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(3000);
    expect(decodeUndo(chunks)).toEqual(payload);
    expect(decodeUndo(encodeUndo({ ...payload, note: null }))).toEqual({ ...payload, note: null });
  });

  it('rejects missing or tampered values', () => {
    expect(decodeUndo([undefined])).toBeNull();
    expect(decodeUndo(['not base64!'])).toBeNull();
    const forged = Buffer.from(JSON.stringify({ slug: 'botox', note: 'x'.repeat(2000), savedAt: '2026-01-01T00:00:00.000Z' })).toString(
      'base64url',
    );
    expect(decodeUndo([forged])).toBeNull();
  });
});

describe('/bookmarks URL', () => {
  it('parses leniently: bad values fall back, free text never gets through', () => {
    // `recovery` is the sort's old name, still read (as downtime).
    expect(parseBookmarksPageParams({ sort: 'recovery', status: 'notes-saved', removed: 'botox' })).toEqual({
      sort: 'downtime',
      status: 'notes-saved',
      removed: 'botox',
      selected: [],
    });
    expect(parseBookmarksPageParams({ sort: 'evil', error: '<script>', removed: '../x', selected: 'a,B!,c' })).toEqual({
      sort: 'date',
      selected: ['a', 'c'],
    });
  });

  it('builds canonical links', () => {
    expect(bookmarksHref()).toBe('/bookmarks');
    expect(bookmarksHref({ sort: 'downtime', error: 'compare-too-many', selected: ['a', 'b'] }, 'compare')).toBe(
      '/bookmarks?sort=downtime&error=compare-too-many&selected=a,b#compare',
    );
  });
});
